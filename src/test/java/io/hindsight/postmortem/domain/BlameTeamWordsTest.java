package io.hindsight.postmortem.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.postmortem.domain.BlameTeamWord.Kind;
import io.hindsight.security.domain.Username;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The team's words merged with the rule file, and what a team word or marked sentence may be. */
class BlameTeamWordsTest {

  private static final BlameRules RULES = BlameRules.standard();

  private static BlameFinder with(
      List<String> phrases, List<String> roles, List<String> exceptions) {
    return new BlameFinder(RULES.withTeamWords(phrases, roles, exceptions), EnglishText.shared());
  }

  @Test
  void aTeamPhraseWarnsWhereverItStands() {
    String text = "The deploy went sideways because of a cowboy fix.";
    assertThat(BlameFinder.standard().find(text)).isEmpty();
    List<BlameWarning> warnings = with(List.of("cowboy fix"), List.of(), List.of()).find(text);
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0).ruleId().value()).startsWith("team-phrase-");
    assertThat(warnings.get(0).matchedText()).isEqualTo("cowboy fix");
    assertThat(warnings.get(0).message()).isEqualTo(BlameRules.TEAM_MESSAGE);
  }

  @Test
  void aTeamRoleWordCountsAsAPerson() {
    String text = "The wrangler failed to rotate the keys.";
    assertThat(BlameFinder.standard().find(text)).isEmpty();
    assertThat(with(List.of(), List.of("Wrangler"), List.of()).find(text))
        .extracting(w -> w.ruleId().value())
        .containsExactly("person-failure");
  }

  @Test
  void aTeamExceptionKeepsItsSentencesFromTheSentenceCheck() {
    String text = "Rafael didn't check the dashboards during the chaos drill.";
    assertThat(BlameFinder.standard().find(text)).isNotEmpty();
    assertThat(with(List.of(), List.of(), List.of("Chaos  Drill")).find(text)).isEmpty();
  }

  @Test
  void aPhraseListedTwiceIsOneRule() {
    BlameRules twice =
        RULES.withTeamWords(List.of("cowboy fix", "cowboy fix"), List.of(), List.of());
    assertThat(twice.rules()).hasSize(RULES.rules().size() + 1);
  }

  @Test
  void teamWordsAreStoredInTheirNormalForm() {
    BlameTeamWord word =
        new BlameTeamWord(
            Kind.PHRASE, "  Cowboy\u2019s   Fix ", Username.of("admin"), Instant.EPOCH);
    assertThat(word.word()).isEqualTo("cowboy's fix");
    assertThat(Kind.parse("role")).contains(Kind.ROLE);
    assertThat(Kind.parse("ROLE")).isEmpty();
  }

  @Test
  void whatATeamWordMayBe() {
    assertThat(BlameTeamWord.problem(Kind.ROLE, "wrangler")).isEmpty();
    assertThat(BlameTeamWord.problem(Kind.ROLE, "release manager")).isPresent();
    assertThat(BlameTeamWord.problem(Kind.ROLE, "sre2")).isPresent();
    assertThat(BlameTeamWord.problem(Kind.PHRASE, "x")).isPresent();
    assertThat(BlameTeamWord.problem(Kind.PHRASE, " ")).isPresent();
    assertThat(BlameTeamWord.problem(Kind.EXCEPTION, "a\u0000b")).isPresent();
    assertThat(BlameTeamWord.problem(Kind.EXCEPTION, "y".repeat(1001))).isPresent();
    assertThat(BlameTeamWord.problem(Kind.EXCEPTION, "y".repeat(1000))).isEmpty();
  }

  @Test
  void aMarkedSentenceIsComparedInItsNormalForm() {
    NotBlameMark mark =
        new NotBlameMark(
            7L, "  Lena\u2019s  Mistake took down the queue. ", Username.of("ana"), Instant.EPOCH);
    assertThat(mark.sentence()).isEqualTo("Lena\u2019s  Mistake took down the queue.");
    assertThat(mark.normal()).isEqualTo("lena's mistake took down the queue.");
    assertThat(NotBlameMark.problem(null)).isPresent();
  }
}
