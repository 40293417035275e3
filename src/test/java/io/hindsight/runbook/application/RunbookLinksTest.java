package io.hindsight.runbook.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.platform.markdown.DocumentLinks.LinkTarget;
import io.hindsight.runbook.domain.LinkTargets;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookFolder;
import io.hindsight.runbook.domain.RunbookPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunbookLinksTest {

  private static final LinkTargets FILES =
      LinkTargets.of(
          List.of(
              "ops/incident-response.md",
              "ops/rollback.md",
              "ops/img/flow.png",
              "ops/notes.txt",
              "db/restore.md",
              "README.md",
              "images/My Diagram.JPG"),
          Map.of());

  private final RunbookLinks links =
      new RunbookLinks(
          RepositoryKey.of("sample"),
          RunbookPath.of("ops/incident-response.md"),
          FILES,
          RunbookFolder.ROOT);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "./rollback.md, /runbook.xhtml?repo=sample&path=ops%2Frollback.md",
    "rollback.md#steps, /runbook.xhtml?repo=sample&path=ops%2Frollback.md#steps",
    "../db/restore.md, /runbook.xhtml?repo=sample&path=db%2Frestore.md",
    "#local-anchor, #local-anchor",
    "https://example.com/x.md, https://example.com/x.md",
    "mailto:ops@example.com, mailto:ops@example.com",
    "img/flow.png, /runbook-file?repo=sample&path=ops%2Fimg%2Fflow.png",
    "notes.txt, notes.txt",
    "../db/, ../db/"
  })
  void relativeLinksToExistingFilesBecomeHindsightLinks(String link, String expected) {
    assertThat(links.link(link)).isEqualTo(LinkTarget.to(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "./missing.md, No file ops/missing.md in the repository.",
    "gone/diagram.png#x, No file ops/gone/diagram.png in the repository.",
    "../../outside.md, This link points outside the repository."
  })
  void linksToMissingFilesAreMarkedWithTheReason(String link, String reason) {
    LinkTarget target = links.link(link);

    assertThat(target.destination()).isEqualTo(link);
    assertThat(target.missing()).contains(reason);
  }

  @Test
  void imagesOfTheRepositoryAreServedAndOthersLeftAlone() {
    assertThat(links.image("img/flow.png"))
        .isEqualTo("/runbook-file?repo=sample&path=ops%2Fimg%2Fflow.png");
    assertThat(links.image("../images/My%20Diagram.JPG"))
        .isEqualTo("/runbook-file?repo=sample&path=images%2FMy+Diagram.JPG");
    assertThat(links.image("notes.txt")).isEqualTo("notes.txt");
    assertThat(links.image("img/missing.png")).isEqualTo("img/missing.png");
    assertThat(links.image("https://example.com/a.png")).isEqualTo("https://example.com/a.png");
    assertThat(links.image("../../../etc/passwd.png")).isEqualTo("../../../etc/passwd.png");
  }

  @Test
  void markdownOutsideTheRunbookFolderIsNotARunbookPage() {
    RunbookLinks inFolder =
        new RunbookLinks(
            RepositoryKey.of("sample"),
            RunbookPath.of("ops/incident-response.md"),
            FILES,
            RunbookFolder.of("ops"));

    assertThat(inFolder.link("../README.md")).isEqualTo(LinkTarget.to("../README.md"));
    assertThat(inFolder.link("rollback.md").destination()).startsWith("/runbook.xhtml");
  }
}
