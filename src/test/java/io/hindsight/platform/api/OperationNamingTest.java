package io.hindsight.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperationNamingTest {

  @Test
  void theIdJoinsResourceAndMethodInCamelCase() {
    assertThat(OperationNaming.of("IncidentResource_declare").operationId())
        .isEqualTo("incidentDeclare");
    assertThat(OperationNaming.of("ActionItemResource_list").operationId())
        .isEqualTo("actionItemList");
  }

  @Test
  void theSummaryIsTheMethodFollowedByWhatItActsOn() {
    assertThat(OperationNaming.of("IncidentResource_declare").summary())
        .isEqualTo("Declare incident");
    assertThat(OperationNaming.of("ActionItemResource_list").summary())
        .isEqualTo("List action item");
  }

  @Test
  void aMethodThatNamesItsSubjectIsNotRepeated() {
    assertThat(OperationNaming.of("EvidenceResource_addEvidenceLink").summary())
        .isEqualTo("Add evidence link");
  }

  @Test
  void anOperationIdWithoutClassIsTheMethodAlone() {
    assertThat(OperationNaming.of("search").operationId()).isEqualTo("search");
    assertThat(OperationNaming.of("search").summary()).isEqualTo("Search");
  }
}
