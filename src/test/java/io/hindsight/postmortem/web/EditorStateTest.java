package io.hindsight.postmortem.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.postmortem.domain.BlameRuleId;
import io.hindsight.postmortem.domain.BlameWarning;
import io.hindsight.postmortem.domain.PostmortemContent;
import io.hindsight.postmortem.domain.SectionKey;
import io.hindsight.security.domain.Username;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EditorStateTest {

  private EditorState editor() {
    EditorState editor = new EditorState();
    editor.getSections().put("summary", "The certificate expired.");
    editor.setAuthors("responder, alice");
    return editor;
  }

  @Test
  void uncheckedEntriesAreHiddenAndOnlyTickedWarningsAcknowledged() {
    EditorState editor = editor();
    editor.getKept().put(1L, true);
    editor.getKept().put(2L, false);
    editor.getAcknowledgements().put("human-error:human error", true);
    editor.getAcknowledgements().put("blame:blame", false);
    editor.setUsers("1200");
    editor.setCost("99.50");
    editor.setCurrency("eur");

    PostmortemContent content = editor.content();

    assertThat(content.hiddenEntries()).containsExactly(2L);
    assertThat(content.acknowledged()).containsExactly("human-error:human error");
    assertThat(content.sections())
        .containsEntry(SectionKey.of("summary"), "The certificate expired.");
    assertThat(content.authors())
        .containsExactlyInAnyOrder(Username.of("responder"), Username.of("alice"));
    assertThat(content.impact().users()).contains(1200L);
    assertThat(content.impact().cost()).contains(new BigDecimal("99.50"));
    assertThat(content.impact().currency()).contains("EUR");
  }

  @Test
  void badFiguresAreRefusedByField() {
    EditorState users = editor();
    users.setUsers("many");
    assertThatThrownBy(users::content)
        .isInstanceOfSatisfying(
            FieldRefused.class, e -> assertThat(e.field()).isEqualTo("impact.users"));

    EditorState cost = editor();
    cost.setCost("12,50");
    cost.setCurrency("EUR");
    assertThatThrownBy(cost::content)
        .isInstanceOfSatisfying(
            FieldRefused.class, e -> assertThat(e.field()).isEqualTo("impact.cost"));

    EditorState authors = editor();
    authors.setAuthors("responder, not a user!");
    assertThatThrownBy(authors::content)
        .isInstanceOfSatisfying(
            FieldRefused.class, e -> assertThat(e.field()).isEqualTo("authors"));

    EditorState factor = editor();
    factor.getFactors().add(new FactorRow("f-0123abcd", "  "));
    assertThatThrownBy(factor::content)
        .isInstanceOfSatisfying(
            FieldRefused.class, e -> assertThat(e.field()).isEqualTo("factors"));
  }

  @Test
  void aWarningRowShowsTheMatchedWordsInTheirContext() {
    String text = "x".repeat(50) + " it was human error in the end";
    int start = text.indexOf("human error");
    WarningRow row =
        WarningRow.of(
            new BlameWarning(
                new BlameRuleId("human-error"),
                start,
                start + "human error".length(),
                "human error",
                "names a person",
                "ask what made it easy"),
            text);

    assertThat(row.matched()).isEqualTo("human error");
    assertThat(row.before()).startsWith("…").endsWith(" it was ");
    assertThat(row.after()).isEqualTo(" in the end");
    assertThat(row.fingerprint()).isEqualTo("human-error:human error");
    assertThat(row.sentence()).isEqualTo("human error");
    assertThat(row.rewrites()).isEmpty();
  }

  @Test
  void aWarningRowCarriesTheSentenceAndItsRewrites() {
    String text = "Start. Bob forgot to run it. End.";
    int start = text.indexOf("Bob");
    WarningRow row =
        WarningRow.of(
            new BlameWarning(
                new BlameRuleId("person-failure"),
                start,
                start + "Bob forgot to".length(),
                "Bob forgot to",
                "a person failed",
                "why?",
                start,
                text.indexOf(" End."),
                java.util.List.of("It was not run.")),
            text);

    assertThat(row.sentence()).isEqualTo("Bob forgot to run it.");
    assertThat(row.rewrites()).containsExactly("It was not run.");
  }
}
