package io.hindsight.change.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.runbook.domain.LintConfig;
import io.hindsight.runbook.domain.RequiredSection;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunbookTemplateTest {

  @Test
  void theTemplateHasEveryRequiredSectionAsAHeadingAndItsOwner() {
    List<RequiredSection> required = LintConfig.defaults().requiredSections();
    String text = RunbookTemplate.of("Restore the \"orders\" database", "lena", required);

    List<String> headings =
        text.lines().filter(l -> l.startsWith("## ")).map(l -> l.substring(3)).toList();
    for (RequiredSection section : required) {
      assertThat(headings).anyMatch(section::matches);
    }
    assertThat(text)
        .startsWith("---\ntitle: \"Restore the \\\"orders\\\" database\"\nowner: lena\n")
        .contains("\n# Restore the \"orders\" database\n")
        .contains("review interval: quarterly");
  }

  @Test
  void aBlankTitleStillGivesAHeading() {
    assertThat(RunbookTemplate.of(" \n", "lena", List.of())).contains("\n# New runbook\n");
  }
}
