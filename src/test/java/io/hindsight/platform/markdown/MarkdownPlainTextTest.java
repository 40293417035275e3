package io.hindsight.platform.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownPlainTextTest {

  @Test
  void keepsTheTextAndDropsMarkupAndHtmlTags() {
    String text =
        MarkdownPlainText.of(
            """
            # Node **recovery**

            See [the steps](./steps.md) when `kubectl` says a < b > c.

            <details><summary>Full context</summary>
            More text.
            </details>

            | Runbook | Severity |
            |---|---|
            | Node | High |
            """);

    assertThat(text)
        .contains(
            "Node recovery",
            "See the steps when kubectl says a < b > c.",
            "Full context",
            "Runbook Severity \nNode High")
        .doesNotContain("<details>", "<summary>", "**", "](", "`", "|");
  }
}
