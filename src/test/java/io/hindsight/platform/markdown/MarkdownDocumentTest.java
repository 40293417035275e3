package io.hindsight.platform.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.throwable;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownDocumentTest {

  @Test
  void readsNestedFrontMatterAndKeepsTheBody() {
    MarkdownDocument document =
        MarkdownDocument.parse(
            """
            ---
            title: Node recovery
            severity: SEV2
            owner:
              team: platform
              escalation:
                - primary: ann
                - secondary: bo
            ---
            # Node recovery

            Drain first.
            """);

    FrontMatter frontMatter = document.frontMatter();
    assertThat(frontMatter.text("title")).contains("Node recovery");
    assertThat(frontMatter.value("owner"))
        .contains(
            Map.of(
                "team",
                "platform",
                "escalation",
                List.of(Map.of("primary", "ann"), Map.of("secondary", "bo"))));
    assertThat(frontMatter.text("owner")).isEmpty();
    assertThat(document.body()).isEqualTo("# Node recovery\n\nDrain first.\n");
  }

  @Test
  void readsListsAndScalarsAsTexts() {
    FrontMatter frontMatter =
        MarkdownDocument.parse(
                """
                ---
                tags: [kubernetes, nodes]
                service: api
                reviewers:
                  - ann
                  - 42
                  - {nested: map}
                empty:
                ---
                """)
            .frontMatter();

    assertThat(frontMatter.texts("tags")).containsExactly("kubernetes", "nodes");
    assertThat(frontMatter.texts("service")).containsExactly("api");
    assertThat(frontMatter.texts("reviewers")).containsExactly("ann", "42");
    assertThat(frontMatter.texts("empty")).isEmpty();
    assertThat(frontMatter.texts("missing")).isEmpty();
    assertThat(frontMatter.text("tags")).isEmpty();
    assertThat(frontMatter.value("empty")).isEmpty();
  }

  @Test
  void usesTheYamlCoreSchemaSoDatesStayText() {
    FrontMatter frontMatter =
        MarkdownDocument.parse(
                "---\nlast_updated: 2024-03-18\nreviewed: true\nretries: 3\nversion: \"1.10\"\n---\n")
            .frontMatter();

    assertThat(frontMatter.value("last_updated")).contains("2024-03-18");
    assertThat(frontMatter.value("reviewed")).contains(true);
    assertThat(frontMatter.value("retries")).contains(3);
    assertThat(frontMatter.text("retries")).contains("3");
    assertThat(frontMatter.text("version")).contains("1.10");
  }

  @Test
  void withoutFrontMatterTheWholeSourceIsBody() {
    String source = "# Node recovery\n\n---\n\ntitle: not front matter\n---\n";

    MarkdownDocument document = MarkdownDocument.parse(source);

    assertThat(document.frontMatter().isEmpty()).isTrue();
    assertThat(document.body()).isEqualTo(source);
  }

  @ParameterizedTest
  @ValueSource(strings = {"---\ntitle: x\nno closing line\n", "----\ntitle: x\n----\n", ""})
  void sourcesThatOnlyLookLikeFrontMatterAreAllBody(String source) {
    MarkdownDocument document = MarkdownDocument.parse(source);

    assertThat(document.frontMatter()).isEqualTo(FrontMatter.empty());
    assertThat(document.body()).isEqualTo(source);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"---\n---\nBody", "---\n\n# just a comment\n---\nBody", "---\n---\r\nBody"})
  void emptyFrontMatterIsEmpty(String source) {
    MarkdownDocument document = MarkdownDocument.parse(source);

    assertThat(document.frontMatter().isEmpty()).isTrue();
    assertThat(document.body()).isEqualTo("Body");
  }

  @Test
  void acceptsDotsAsTheClosingLineAndTrailingSpaces() {
    MarkdownDocument document = MarkdownDocument.parse("--- \ntitle: x\n...\t\nBody");

    assertThat(document.frontMatter().text("title")).contains("x");
    assertThat(document.body()).isEqualTo("Body");
  }

  @Test
  void handlesCrlfLineEndings() {
    MarkdownDocument document =
        MarkdownDocument.parse(
            "---\r\ntitle: Node recovery\r\ntags:\r\n  - a\r\n---\r\n# Body\r\n");

    assertThat(document.frontMatter().text("title")).contains("Node recovery");
    assertThat(document.frontMatter().texts("tags")).containsExactly("a");
    assertThat(document.body()).isEqualTo("# Body\r\n");
  }

  @Test
  void dropsALeadingByteOrderMark() {
    MarkdownDocument withFrontMatter = MarkdownDocument.parse("\uFEFF---\ntitle: x\n---\nBody");
    MarkdownDocument without = MarkdownDocument.parse("\uFEFF# Body");

    assertThat(withFrontMatter.frontMatter().text("title")).contains("x");
    assertThat(withFrontMatter.body()).isEqualTo("Body");
    assertThat(without.frontMatter().isEmpty()).isTrue();
    assertThat(without.body()).isEqualTo("# Body");
  }

  @Test
  void invalidYamlNamesTheLineAndTheProblem() {
    String source = "---\ntitle: Node recovery\ntags: [a, b\nseverity: SEV2\n---\nBody";

    assertThatThrownBy(() -> MarkdownDocument.parse(source))
        .isInstanceOf(InvalidFrontMatterException.class)
        .hasMessage(
            "Front matter, line 4: expected ',' or ']', but got : "
                + "(while parsing a flow sequence on line 3)")
        .asInstanceOf(throwable(InvalidFrontMatterException.class))
        .extracting(InvalidFrontMatterException::line)
        .isEqualTo(OptionalInt.of(4));
  }

  @Test
  void mappingValueInPlainScalarIsReportedOnItsLine() {
    assertThatThrownBy(() -> MarkdownDocument.parse("---\ntitle: ok\nsummary: a: b\n---\n"))
        .isInstanceOf(InvalidFrontMatterException.class)
        .hasMessage("Front matter, line 3: mapping values are not allowed here");
  }

  @Test
  void rejectsATopLevelList() {
    assertThatThrownBy(() -> MarkdownDocument.parse("---\n# comment\n- a\n- b\n---\nBody"))
        .isInstanceOf(InvalidFrontMatterException.class)
        .hasMessage(
            "Front matter, line 3: expected keys with values, like \"title: Node recovery\","
                + " but found a list");
  }

  @Test
  void rejectsATopLevelScalar() {
    assertThatThrownBy(() -> MarkdownDocument.parse("---\njust a sentence\n---\nBody"))
        .isInstanceOf(InvalidFrontMatterException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("found a single value");
  }

  @Test
  void rejectsDuplicateKeys() {
    assertThatThrownBy(() -> MarkdownDocument.parse("---\ntitle: a\ntitle: b\n---\n"))
        .isInstanceOf(InvalidFrontMatterException.class)
        .hasMessageStartingWith("Front matter, line 3: found duplicate key title");
  }

  @Test
  void rejectsJavaTypeTags() {
    assertThatThrownBy(
            () -> MarkdownDocument.parse("---\nx: !!javax.script.ScriptEngineManager []\n---\n"))
        .isInstanceOf(InvalidFrontMatterException.class)
        .hasMessageStartingWith("Front matter, line 2: could not determine a constructor");
  }

  @Test
  void rejectsAliasBombs() {
    StringBuilder yaml = new StringBuilder("---\na: &a [lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char level = 'b'; level <= 'j'; level++) {
      String previous = "*" + (char) (level - 1);
      yaml.append(level).append(": &").append(level).append(" [");
      yaml.append(String.join(", ", List.of(previous, previous, previous, previous)));
      yaml.append("]\n");
    }
    String source = yaml.append("---\n").toString();

    assertThatThrownBy(() -> MarkdownDocument.parse(source))
        .isInstanceOf(InvalidFrontMatterException.class)
        .hasMessage("Front matter, line 8: uses more than 20 aliases");
  }

  @Test
  void rejectsSelfReferences() {
    assertThatThrownBy(() -> MarkdownDocument.parse("---\nloop: &x [1, *x]\n---\n"))
        .isInstanceOf(InvalidFrontMatterException.class)
        .hasMessage("Front matter, line 2: *x refers to a value that contains it");
  }

  @Test
  void rejectsDeepNesting() {
    String source = "---\na: " + "[".repeat(10_000) + "\n---\n";

    assertThatThrownBy(() -> MarkdownDocument.parse(source))
        .isInstanceOf(InvalidFrontMatterException.class)
        .hasMessage("Front matter, line 2: values are nested more than 20 levels deep");
  }

  @Test
  void rejectsOversizedFrontMatter() {
    String source = "---\na: " + "x".repeat(70_000) + "\n---\n";

    assertThatThrownBy(() -> MarkdownDocument.parse(source))
        .isInstanceOf(InvalidFrontMatterException.class)
        .hasMessageStartingWith("Front matter: ")
        .hasMessageContaining("exceeds the limit");
  }
}
