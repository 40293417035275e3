package io.hindsight.platform.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.platform.markdown.MarkdownStructure.OutlineHeading;
import io.hindsight.platform.markdown.MarkdownStructure.OutlineLink;
import org.junit.jupiter.api.Test;

class MarkdownStructureTest {

  private static final String BODY =
      """
      # Node Recovery

      See [steps](#steps) and [the restore](../db/restore.md#before-you-start).

      ## Steps
      ![diagram](img/flow.png)

      ## Steps
      ## `kubectl` drain & Über-check!
      """;

  @Test
  void headingIdsAreTheOnesTheRendererGives() {
    MarkdownStructure structure = MarkdownStructure.of(BODY);
    RenderedMarkdown rendered = MarkdownRenderer.builder().build().render(BODY);

    assertThat(structure.headings())
        .extracting(OutlineHeading::id)
        .containsExactlyElementsOf(
            rendered.headings().stream().map(RenderedMarkdown.Heading::id).toList())
        .contains("steps", "steps-1");
  }

  @Test
  void headingsAndLinksCarryTheirLines() {
    MarkdownStructure structure = MarkdownStructure.of(BODY);

    assertThat(structure.headings())
        .extracting(OutlineHeading::text, OutlineHeading::line)
        .startsWith(
            org.assertj.core.groups.Tuple.tuple("Node Recovery", 1),
            org.assertj.core.groups.Tuple.tuple("Steps", 5));
    assertThat(structure.links())
        .containsExactly(
            new OutlineLink("#steps", 3, false),
            new OutlineLink("../db/restore.md#before-you-start", 3, false),
            new OutlineLink("img/flow.png", 6, true));
  }

  @Test
  void anEmptyBodyHasNothing() {
    MarkdownStructure structure = MarkdownStructure.of("");

    assertThat(structure.headings()).isEmpty();
    assertThat(structure.links()).isEmpty();
  }
}
