package io.hindsight.postmortem.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlameFinderTest {

  private static final BlameFinder CHECK = BlameFinder.standard();

  private static BlameWarning only(String sentence) {
    List<BlameWarning> warnings = CHECK.find(sentence);
    assertThat(warnings).as(sentence).hasSize(1);
    return warnings.get(0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "John failed to check the config.",
        "Mike ignored the warning and pushed anyway.",
        "Our DBA screwed up the failover.",
        "@john broke prod",
        "The intern forgot to restart the workers.",
        "The on-call engineer missed three pages in a row.",
        "Kofi pushed the change without testing it.",
        "Rafael didn't check the dashboards before the deploy.",
        "Mike checked the logs and then deleted the wrong volume.",
        "Our DBA, Mónica, dropped the live replica by accident.",
        "Ifeoma, who had just joined the rota, ignored the paging test.",
        "A staff member never ran the weekly restore drill."
      })
  void personAsTheSubjectOfAFailure(String sentence) {
    assertThat(only(sentence).ruleId().value()).isEqualTo("person-failure");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The deploy was botched by the release manager.",
        "The warning was ignored by Mike.",
        "The failover was screwed up by our DBA.",
        "The outage was caused by Diego."
      })
  void passiveVoiceWithAPersonAsAgent(String sentence) {
    assertThat(only(sentence).ruleId().value()).isEqualTo("passive-failure");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Sarah's mistake took down the database.",
        "Wojciech's mistake took down the cache.",
        "It was Kevin’s fault.",
        "The data loss was due to Björn's negligence.",
        "Kwabena's screw-up broke checkout.",
        "The mistake was Ivan's.",
        "An error by the on-call engineer made it worse."
      })
  void faultBelongingToAPerson(String sentence) {
    assertThat(only(sentence).ruleId().value()).isEqualTo("possessive-fault");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "If Alex had followed the runbook, this would not have happened.",
        "Had Inés read the alert, the outage would have been shorter.",
        "Pavel should have checked the replica lag first.",
        "Aditi shouldn't have deployed during the freeze.",
        "Lukas could have prevented this by reading the docs."
      })
  void counterfactualsAboutAPerson(String sentence) {
    assertThat(only(sentence).ruleId().value()).isEqualTo("counterfactual");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The new engineer is lazy about writing tests.",
        "Abebe is too inexperienced to be on call.",
        "Kemal needs to be more careful with production access.",
        "An inexperienced developer shipped the change."
      })
  void judgementsOfCharacter(String sentence) {
    assertThat(only(sentence).ruleId().value()).isEqualTo("character-judgement");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "He should never have been allowed near production.",
        "Tomasz should not have been permitted to run migrations.",
        "The contractor shouldn't have been trusted with the root keys.",
        "Honestly, she should've never been allowed to deploy on her own.",
        "Our intern must never be allowed near the billing database again."
      })
  void aPersonJudgedUnfitIsACharacterJudgement(String sentence) {
    BlameWarning warning = only(sentence);
    assertThat(warning.ruleId().value()).isEqualTo("character-judgement");
    assertThat(warning.rewrites())
        .allSatisfy(rewrite -> assertThat(CHECK.find(rewrite)).as(rewrite).isEmpty());
  }

  @Test
  void aPersonJudgedUnfitIsRewrittenAboutTheAccess() {
    BlameWarning warning = only("He should never have been allowed near production.");
    assertThat(warning.matchedText()).isEqualTo("He should never have been allowed");
    assertThat(warning.rewrites())
        .containsExactly(
            "Access here did not come with guardrails; what guardrails would make this access safe"
                + " for anyone who holds it?",
            "Access here did not come with guardrails.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The job should never have been allowed to run during the freeze.",
        "Writes to the primary should not have been permitted during the failover.",
        "Ana should have been allowed to roll back without an approval.",
        "New hires should not be allowed to deploy without a buddy.",
        "Deploys should never be permitted on Fridays.",
        "Hyun-woo should have been paged before the failover."
      })
  void whatTheProcessShouldNotAllowIsNoJudgement(String sentence) {
    assertThat(CHECK.find(sentence)).as(sentence).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Nguyễn overlooked the failing canary.",
        "Xiaoming ignored the disk alert for two hours.",
        "Oluwaseun botched the certificate rotation.",
        "Min-jun deleted the production index by mistake.",
        "Ayşe merged the pull request without review.",
        "Wang Fang's error corrupted the cache.",
        "Thandiwe did not follow the change checklist.",
        "Oluwaseun's error during the cutover dropped the payments queue.",
        "Nguyen Van An ignored the warning."
      })
  void namesFromManyLanguagesWithoutAListOfUsers(String sentence) {
    assertThat(CHECK.find(sentence)).as(sentence).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "John restarted the pods at 14:02.",
        "Priya declared a P1.",
        "Lee ran the backfill script, which the tooling pointed at production by default.",
        "Diego deleted the stale feature branches as planned.",
        "The deploy was started by the release manager at 16:00.",
        "Sarah's change went out at 13:55.",
        "If the alert had fired earlier, the outage would have been shorter.",
        "If Ana had been paged, she would have joined the call.",
        "Jordan broke the tie in the design discussion.",
        "Ifeoma, who had just joined the rota, ran the weekly restore drill.",
        "The rota, which had a gap on Sunday, missed nobody's shift."
      })
  void factsAboutWhatPeopleDidAreNotBlame(String sentence) {
    assertThat(CHECK.find(sentence)).as(sentence).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The health check failed to respond within the timeout.",
        "Kubernetes failed to schedule the new pods.",
        "Postgres failed over to the replica at 02:11.",
        "We should have an alert for certificate expiry.",
        "We missed our availability target by 0.2% this quarter.",
        "The service is fault tolerant by design.",
        "The page uses lazy loading for images.",
        "We ran git blame to find when the line changed.",
        "Monday's failure was the second this month.",
        "Grafana's error panel was empty.",
        "Checkout's error rate doubled after the deploy."
      })
  void systemsAndTechnicalWordsAreNotBlame(String sentence) {
    assertThat(CHECK.find(sentence)).as(sentence).isEmpty();
  }

  @Test
  void rewritesTheSentenceAboutWhatHappenedAndAsksTheSystemQuestion() {
    BlameWarning warning = only("John failed to check the config.");

    assertThat(warning.matchedText()).isEqualTo("John failed to");
    assertThat(warning.message()).contains("person").contains("failure");
    assertThat(warning.suggestion()).endsWith("?");
    assertThat(warning.rewrites())
        .containsExactly(
            "The config was not checked; what in the process or tooling would have made this step"
                + " hard to miss?",
            "The config was not checked.");
  }

  @Test
  void rewritesKeepTheRestOfTheSentence() {
    BlameWarning warning =
        only(
            "At 14:10 Beatriz forgot to re-enable the health checks, so traffic went to dead nodes.");

    assertThat(warning.rewrites())
        .contains("At 14:10 the health checks were not re-enabled, so traffic went to dead nodes.");
  }

  @Test
  void rewritesOfEachConstructionLeaveNoPersonBehind() {
    assertThat(only("Sarah's mistake took down the database.").rewrites())
        .contains("A change took down the database.");
    assertThat(only("The deploy was botched by the release manager.").rewrites())
        .contains("The deploy did not go as planned.");
    assertThat(only("If Alex had followed the runbook, this would not have happened.").rewrites())
        .contains("The runbook was not followed.");
    assertThat(only("Mike ignored his pager and pushed anyway.").rewrites())
        .contains("The pager was not acted on.");
  }

  @Test
  void aRewriteNoLongerWarns() {
    for (String sentence :
        List.of(
            "John failed to check the config.",
            "Our DBA screwed up the failover.",
            "The warning was ignored by Mike.",
            "It was Kevin's fault.",
            "Pavel should have checked the replica lag first.")) {
      for (String rewrite : only(sentence).rewrites()) {
        assertThat(CHECK.find(rewrite)).as(rewrite).isEmpty();
      }
    }
  }

  @Test
  void offsetsPointIntoTheTextAndTheSentenceAroundIt() {
    String text = "The deploy started at 14:00.\nThen Bob forgot to run the migration. Done.";

    BlameWarning warning = CHECK.find(text).get(0);

    assertThat(text.substring(warning.start(), warning.end())).isEqualTo("Bob forgot to");
    assertThat(text.substring(warning.sentenceStart(), warning.sentenceEnd()))
        .isEqualTo("Then Bob forgot to run the migration.");
  }

  @Test
  void phraseRulesStillWarnWithARewriteAndAQuestion() {
    BlameWarning warning = only("The root cause was human error.");

    assertThat(warning.ruleId().value()).isEqualTo("human-error");
    assertThat(warning.rewrites()).isNotEmpty();
    assertThat(warning.suggestion()).endsWith("?");
  }

  @Test
  void knownNamesCountEvenInLowercase() {
    assertThat(CHECK.find("jdoe missed the page at 03:12.")).isEmpty();
    assertThat(CHECK.find("jdoe missed the page at 03:12.", List.of("jdoe"))).hasSize(1);
  }

  @Test
  void sentencesMarkedNotBlameDoNotWarn() {
    String text = "Ana missed the page. Bob forgot to run the migration.";

    assertThat(CHECK.find(text, List.of(), Set.of("ana  missed the page.")))
        .extracting(BlameWarning::matchedText)
        .containsExactly("Bob forgot to");
  }

  @Test
  void theRuleFileExtendsRolesAndExceptions() {
    String yaml =
        """
        people: []
        rules: []
        sentences:
          constructions:
            person-failure: A person failed.
            passive-failure: p
            possessive-fault: f
            counterfactual: c
            character-judgement: j
          roles: [wrangler]
          determiners: [the]
          failure-verbs:
            - forms: [forgot to]
              then-verb: true
              outcome: "{object} was not {done}"
              question: Why?
          exceptions: [forgot to water]
        """;
    BlameFinder custom =
        new BlameFinder(
            BlameRules.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))),
            EnglishText.shared());

    assertThat(custom.find("The wrangler forgot to feed the cattle."))
        .extracting(BlameWarning::message)
        .containsExactly("A person failed.");
    assertThat(custom.find("The wrangler forgot to water the plants.")).isEmpty();
  }

  @Test
  void theRuleFileNeedsAMessageForEachConstruction() {
    String yaml =
        """
        people: []
        rules: []
        sentences:
          constructions:
            person-failure: A person failed.
        """;

    assertThatThrownBy(
            () -> BlameRules.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("passive-failure");
  }

  @Test
  void manyThreadsShareTheModels() throws Exception {
    List<String> sentences =
        List.of(
            "John failed to check the config.",
            "John restarted the pods at 14:02.",
            "The deploy was botched by the release manager.",
            "Kubernetes failed to schedule the new pods.");
    List<Integer> expected = sentences.stream().map(s -> CHECK.find(s).size()).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> runs = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int index = i % sentences.size();
        runs.add(pool.submit(() -> CHECK.find(sentences.get(index)).size() == expected.get(index)));
      }
      List<Boolean> results = Collections.synchronizedList(new ArrayList<>());
      for (Future<Boolean> run : runs) {
        results.add(run.get());
      }
      assertThat(results).containsOnly(true);
      assertThat(expected).containsExactly(1, 0, 1, 0);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void textWithoutSpacesOrFullStopsIsCutIntoBoundedSentencesAndWords() {
    String japanese = "影響範囲の説明。".repeat(5_600);
    String english = "word ".repeat(1_000) + "Bob forgot to run the migration";

    List<EnglishText.Sentence> sentences = EnglishText.shared().sentences(japanese);
    List<EnglishText.Sentence> long_ = EnglishText.shared().sentences(english);

    assertThat(sentences).hasSize(1);
    assertThat(sentences.get(0).tokens()).hasSize(1);
    assertThat(long_).allMatch(s -> s.tokens().size() <= EnglishText.MAX_SENTENCE_TOKENS);
    assertThat(long_.get(long_.size() - 1).end()).isEqualTo(english.length());
    assertThat(CHECK.find(japanese)).isEmpty();
    assertThat(CHECK.find(english)).extracting(BlameWarning::matchedText).contains("Bob forgot to");
  }

  @Test
  void theModelsLoadOnce() {
    assertThat(EnglishText.shared()).isSameAs(EnglishText.shared());
  }

  @Test
  void aTextCheckedAgainGivesItsWarningsForTheNamesGivenEachTime() {
    BlameFinder finder = BlameFinder.standard();
    String text = "Then kb7 deleted the wrong volume.";

    List<BlameWarning> named = finder.find(text, List.of("kb7"));
    List<BlameWarning> unnamed = finder.find(text, List.of());

    assertThat(finder.find(text, List.of("kb7"))).isEqualTo(named);
    assertThat(named).isNotEqualTo(unnamed);
    assertThat(finder.textsKept()).isEqualTo(1);
  }
}
