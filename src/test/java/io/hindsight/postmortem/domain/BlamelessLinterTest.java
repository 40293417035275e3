package io.hindsight.postmortem.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class BlamelessLinterTest {

  private static final Set<String> PEOPLE = Set.of("Alice", "Bob Smith", "Priya", "Mark", "jdoe");
  private static final BlamelessLinter LINTER = BlamelessLinter.standard();

  @ParameterizedTest(name = "{1}")
  @CsvFileSource(resources = "/postmortem/blame-sentences-warn.txt", delimiter = '|')
  void warns(String ruleId, String sentence) {
    List<BlameWarning> warnings = LINTER.lint(sentence, PEOPLE);

    assertThat(warnings).extracting(w -> w.ruleId().value()).containsExactly(ruleId);
    BlameWarning warning = warnings.get(0);
    assertThat(sentence.substring(warning.start(), warning.end())).isEqualTo(warning.matchedText());
    assertThat(warning.message()).isNotBlank();
    assertThat(warning.suggestion()).endsWith("?").doesNotContain(warning.matchedText());
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/postmortem/blame-sentences-clean.txt", delimiter = '|')
  void doesNotWarn(String sentence) {
    assertThat(LINTER.lint(sentence, PEOPLE)).isEmpty();
  }

  @Test
  void reportsOffsetsAndMatchedTextOfEveryWarning() {
    String text =
        "Summary: human error.\nThen Alice forgot to restart it; a careless fix followed.";

    List<BlameWarning> warnings = LINTER.lint(text, Set.of("Alice"));

    assertThat(warnings)
        .extracting(BlameWarning::ruleId, BlameWarning::start, BlameWarning::end)
        .containsExactly(
            tuple(BlameRuleId.of("human-error"), 9, 20),
            tuple(BlameRuleId.of("person-name-mistake"), 27, 39),
            tuple(BlameRuleId.of("careless"), 57, 65));
    assertThat(warnings)
        .extracting(BlameWarning::matchedText)
        .containsExactly("human error", "Alice forgot", "careless");
  }

  @Test
  void offsetsCountUtf16UnitsBeforeTheMatch() {
    String text = "🔥 Outage 🔥: Human Error";

    BlameWarning warning = LINTER.lint(text).get(0);

    assertThat(text.substring(warning.start(), warning.end())).isEqualTo("Human Error");
    assertThat(warning.start()).isEqualTo(text.indexOf("Human"));
  }

  @Test
  void suggestsASystemQuestion() {
    BlameWarning warning = LINTER.lint("It was human error.").get(0);

    assertThat(warning.message()).contains("Human error");
    assertThat(warning.suggestion())
        .isEqualTo("What made this action easy to get wrong, and what would have caught it?");
  }

  @Test
  void namesOnlyWarnWhenKnown() {
    assertThat(LINTER.lint("Alice broke the build.")).isEmpty();
    assertThat(LINTER.lint("Alice broke the build.", Set.of("Alice"))).hasSize(1);
    assertThat(LINTER.lint("Alice broke the build.", Set.of(" ", "Bob"))).isEmpty();
    assertThat(LINTER.lint("Alice broke the build.", List.of("Alice")))
        .as("the rules compiled for the last names are not kept for other names")
        .hasSize(1);
    assertThat(LINTER.lint("Bob broke the build.", List.of("Alice"))).isEmpty();
  }

  @Test
  void oneListOfNamesServesManyTextsWithAndWithoutThem() {
    List<String> team = List.of("Alice Martin", "alice-m", "Bob", "Carol");
    assertThat(LINTER.lint("Alice Martin broke the build.", team))
        .extracting(BlameWarning::matchedText)
        .containsExactly("Alice Martin broke");
    assertThat(LINTER.lint("The on-call engineer forgot to check the dashboard.", team))
        .as("a text naming no one still gets the rules about roles")
        .isNotEmpty();
    assertThat(LINTER.lint("Carol deleted the index.", team)).hasSize(1);
    assertThat(LINTER.lint("carol deleted the index.", team))
        .as("names are matched with their case")
        .isEmpty();
    assertThat(LINTER.lint("Dave deleted the index.", team)).isEmpty();
  }

  @Test
  void namesWithRegexCharactersAreTakenLiterally() {
    assertThat(LINTER.lint("A.J. deleted the index.", Set.of("A.J"))).isEmpty();
    assertThat(LINTER.lint("Ann-Marie deleted the index.", Set.of("Ann-Marie")))
        .extracting(BlameWarning::matchedText)
        .containsExactly("Ann-Marie deleted");
    assertThat(LINTER.lint("Bob (oncall) deleted it.", Set.of("Bob (oncall"))).isEmpty();
  }

  @Test
  void acknowledgementFingerprintIgnoresPositionCaseAndSpacing() {
    BlameWarning first = LINTER.lint("human error").get(0);
    BlameWarning second = LINTER.lint("Later:  Human\n error again").get(0);

    assertThat(first.fingerprint()).isEqualTo("human-error:human error");
    assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
  }

  @Test
  void emptyTextHasNoWarnings() {
    assertThat(LINTER.lint("")).isEmpty();
  }

  @Test
  void readsRulesFromData() {
    BlamelessLinter linter =
        new BlamelessLinter(
            rules(
                """
        people: [the intern]
        rules:
          - id: oops
            phrase: big  oops
            message: Oops is vague.
            suggestion: What happened to the system?
          - id: intern
            regex: "{person} did it"
            message: Blames the intern.
            suggestion: What made it possible?
        """));

    assertThat(linter.lint("A BIG oops; the intern did it."))
        .extracting(BlameWarning::matchedText)
        .containsExactly("BIG oops", "the intern did it");
  }

  @Test
  void refusesMalformedRuleFiles() {
    assertThatThrownBy(() -> rules("rules: []"))
        .hasMessage("Invalid blame rules: people must be a list.");
    assertThatThrownBy(
            () -> rules("people: []\nrules:\n  - id: x\n    message: m\n    suggestion: s\n"))
        .hasMessage("Invalid blame rules: rule x: give exactly one of phrase and regex.");
    assertThatThrownBy(
            () ->
                rules(
                    "people: []\nrules:\n  - {id: x, phrase: a, message: m, suggestion: s}\n"
                        + "  - {id: x, phrase: b, message: m, suggestion: s}\n"))
        .hasMessage("Blame rule x is defined twice.");
    assertThatThrownBy(
            () ->
                new BlamelessLinter(
                    rules(
                        "people: []\nrules:\n  - {id: x, regex: 'a(', message: m, suggestion: s}")))
        .hasMessageStartingWith("Blame rule x has an invalid regex");
  }

  @Test
  void standardRulesCoverTheIssuesPhrases() {
    assertThat(BlameRules.standard().rules())
        .extracting(rule -> rule.id().value())
        .contains(
            "human-error",
            "should-have",
            "failed-to",
            "careless",
            "negligent",
            "fault",
            "forgot-to",
            "blame",
            "didnt-bother",
            "incompetent",
            "mistake-by",
            "dropped-the-ball",
            "person-name-mistake");
  }

  private static BlameRules rules(String yaml) {
    return BlameRules.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }
}
