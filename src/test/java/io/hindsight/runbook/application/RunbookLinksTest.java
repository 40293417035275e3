package io.hindsight.runbook.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunbookLinksTest {

  private final RunbookLinks links =
      new RunbookLinks(RepositoryKey.of("sample"), RunbookPath.of("ops/incident-response.md"));

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "./rollback.md, /runbook.xhtml?repo=sample&path=ops%2Frollback.md",
    "rollback.md#steps, /runbook.xhtml?repo=sample&path=ops%2Frollback.md#steps",
    "../db/restore.md, /runbook.xhtml?repo=sample&path=db%2Frestore.md",
    "#local-anchor, #local-anchor",
    "https://example.com/x.md, https://example.com/x.md",
    "mailto:ops@example.com, mailto:ops@example.com",
    "../../outside.md, ../../outside.md",
    "diagram.png, diagram.png"
  })
  void relativeRunbookLinksBecomeHindsightLinks(String link, String expected) {
    assertThat(links.apply(link)).isEqualTo(expected);
  }
}
