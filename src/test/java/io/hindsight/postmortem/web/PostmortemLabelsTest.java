package io.hindsight.postmortem.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.postmortem.application.PostmortemView.SlaFact;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostmortemLabelsTest {

  private final PostmortemLabels labels = new PostmortemLabels();

  @Test
  void anSlaFactReadsTheSameWherever() {
    assertThat(labels.sla(new SlaFact("acknowledge", 12L, 15L, false))).isEqualTo("met");
    assertThat(labels.sla(new SlaFact("resolve", 95L, 60L, true))).isEqualTo("breached");
    assertThat(labels.sla(new SlaFact("detect", 10L, null, false))).isEqualTo("no target");
  }

  @Test
  void peopleAreListedOrNone() {
    assertThat(labels.people(List.of("alice", "bob"))).isEqualTo("alice, bob");
    assertThat(labels.people(List.of())).isEqualTo("none");
  }
}
