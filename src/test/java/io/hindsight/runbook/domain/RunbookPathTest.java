package io.hindsight.runbook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RunbookPathTest {

  static Stream<Arguments> rejected() {
    return Stream.of(
        Arguments.of("", "empty"),
        Arguments.of(null, "empty"),
        Arguments.of("a/".repeat(511) + "x.md", "longer than 1024"),
        Arguments.of("/etc/runbook.md", "relative"),
        Arguments.of("C:\\runbooks\\x.md", "'\\'"),
        Arguments.of("C:/runbooks/x.md", "relative"),
        Arguments.of("c:x.md", "relative"),
        Arguments.of("../x.md", "'..'"),
        Arguments.of("a/../../x.md", "'..'"),
        Arguments.of("a/..", "'..'"),
        Arguments.of("./x.md", "'.'"),
        Arguments.of("a/./x.md", "'.'"),
        Arguments.of("a//x.md", "empty segments"),
        Arguments.of("a/x.md/", "empty segments"),
        Arguments.of("a\\x.md", "'\\'"),
        Arguments.of("a\u0000.md", "control characters"),
        Arguments.of("a\u0007b.md", "control characters"),
        Arguments.of("a\nb.md", "control characters"),
        Arguments.of("a\u007fb.md", "control characters"),
        Arguments.of("a\u0085b.md", "control characters"),
        Arguments.of("%2e%2e/x.md", "'%'"),
        Arguments.of("a%2fb.md", "'%'"),
        Arguments.of("x%00.md", "'%'"),
        Arguments.of("100%.md", "'%'"),
        Arguments.of(" x.md", "whitespace"),
        Arguments.of("x.md ", "whitespace"),
        Arguments.of("\tx.md", "whitespace"),
        Arguments.of("x.md\u2003", "whitespace"),
        Arguments.of(".git/config.md", "'.git'"),
        Arguments.of("a/.GIT/x.md", "'.git'"),
        Arguments.of("notes.txt", "Markdown"),
        Arguments.of("docs", "Markdown"),
        Arguments.of(".md", "Markdown"),
        Arguments.of("a/.md", "Markdown"));
  }

  @ParameterizedTest
  @MethodSource("rejected")
  void rejectsWithAUserFacingMessage(String raw, String messagePart) {
    assertThatThrownBy(() -> RunbookPath.of(raw))
        .isInstanceOf(InvalidRunbookPathException.class)
        .hasMessageContaining(messagePart)
        .hasMessageStartingWith("The runbook path");
    assertThat(RunbookPath.parse(raw)).isEmpty();
  }

  @Test
  void messageDoesNotEchoTheInput() {
    assertThatThrownBy(() -> RunbookPath.of("a\u0000<script>.md"))
        .message()
        .doesNotContain("<script>")
        .doesNotContain("\u0000");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "README.md",
        "node-recovery.md",
        "ops/db/restore.md",
        "Runbook With Spaces.md",
        "UPPER.MD",
        "ünïcödé/läufer.md",
        "a..b.md",
        ".hidden/x.md"
      })
  void acceptsOrdinaryPaths(String raw) {
    assertThat(RunbookPath.of(raw).value()).isEqualTo(raw);
    assertThat(RunbookPath.parse(raw)).contains(RunbookPath.of(raw));
  }

  @Test
  void acceptsExactlyTheMaximumLength() {
    String raw = "a/".repeat(510) + "x.md";
    assertThat(raw).hasSize(RunbookPath.MAX_LENGTH);
    assertThat(RunbookPath.of(raw).value()).isEqualTo(raw);
  }

  @Test
  void constructorValidatesLikeOf() {
    assertThatThrownBy(() -> new RunbookPath("../x.md"))
        .isInstanceOf(InvalidRunbookPathException.class);
  }

  @Test
  void fileNameAndDirectory() {
    RunbookPath nested = RunbookPath.of("ops/db/restore.md");
    assertThat(nested.fileName()).isEqualTo("restore.md");
    assertThat(nested.directory()).contains("ops/db");

    RunbookPath top = RunbookPath.of("README.md");
    assertThat(top.fileName()).isEqualTo("README.md");
    assertThat(top.directory()).isEmpty();
  }

  @Test
  void valueSemanticsAndOrder() {
    assertThat(RunbookPath.of("a.md")).isEqualTo(RunbookPath.of("a.md")).hasToString("a.md");
    assertThat(RunbookPath.of("a.md").hashCode()).isEqualTo(RunbookPath.of("a.md").hashCode());
    assertThat(RunbookPath.of("a.md")).isLessThan(RunbookPath.of("b/a.md"));
  }

  @ParameterizedTest(name = "{0} + {1} -> {2}")
  @CsvSource({
    "README.md,              ./node-recovery.md,               node-recovery.md",
    "README.md,              node-recovery.md,                 node-recovery.md",
    "README.md,              ops/db.md,                        ops/db.md",
    "README.md,              ./rollback-procedure.md#steps,    rollback-procedure.md",
    "README.md,              x.md?plain=1,                     x.md",
    "ops/a.md,               ./b.md,                           ops/b.md",
    "ops/a.md,               ../other/y.md#anchor,             other/y.md",
    "ops/db/a.md,            ../../top.md,                     top.md",
    "ops/a.md,               ./../ops/./c.md,                  ops/c.md",
    "ops/a.md,               sub/../d.md,                      ops/d.md",
    "ops/a.md,               #steps,                           ops/a.md"
  })
  void resolvesRelativeLinks(String from, String link, String expected) {
    assertThat(RunbookPath.of(from).resolveSibling(link)).contains(RunbookPath.of(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../x.md",
        "../../x.md",
        "./../x.md",
        "sub/../../x.md",
        "/etc/x.md",
        "https://example.com/x.md",
        "mailto:ops@example.com",
        "C:/x.md",
        "..\\x.md",
        "a//b.md",
        "dir/",
        "image.png",
        "%2e%2e/x.md",
        ""
      })
  void linksThatLeaveTheRootOrNameNoMarkdownFileResolveToNothing(String link) {
    assertThat(RunbookPath.of("README.md").resolveSibling(link)).isEmpty();
    assertThat(RunbookPath.of("ops/a.md").resolveSibling("../" + link)).isEmpty();
  }

  @Test
  void nullLinkResolvesToNothing() {
    assertThat(RunbookPath.of("README.md").resolveSibling(null)).isEmpty();
  }

  @Test
  void escapingFromTheRootIsNotCaughtBackByALaterSegment() {
    assertThat(RunbookPath.of("a.md").resolveSibling("../ops/../a.md")).isEmpty();
  }
}
