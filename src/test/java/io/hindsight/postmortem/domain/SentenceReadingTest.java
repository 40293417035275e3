package io.hindsight.postmortem.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.postmortem.domain.EnglishText.Sentence;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parts the sentence check is built of: who is a person, whose verb it is, the grammar. */
class SentenceReadingTest {

  private static final EnglishText ENGLISH = EnglishText.shared();
  private static final BlameLexicon LEXICON = BlameRules.standard().lexicon();

  private static SentenceReading read(String text, List<String> names) {
    Sentence sentence = ENGLISH.sentences(text).get(0);
    return SentenceReading.of(
        text,
        sentence,
        ENGLISH.tags(sentence),
        names,
        LEXICON,
        SentenceGrammar.standard(),
        Set.of());
  }

  private static String personAt(SentenceReading reading, int token) {
    PersonMention mention = reading.mentionAt[token];
    return mention == null ? "" : written(reading, mention);
  }

  private static String written(SentenceReading reading, PersonMention mention) {
    return reading.text.substring(
        reading.tokens.get(mention.start()).start(), reading.tokens.get(mention.end() - 1).end());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Our DBA screwed up the failover.|0|Our DBA",
        "@john broke prod|0|@john",
        "The on-call engineer missed three pages.|1|The on-call engineer",
        "Then Min-jun restarted the pods.|1|Min-jun",
        "Yesterday the release manager paused the rollout.|2|the release manager",
        "Kubernetes restarted the pods.|0|''",
        "The health check failed to respond.|1|''"
      })
  void findsThePeopleInASentence(String text, int token, String person) {
    assertThat(personAt(read(text, List.of()), token)).isEqualTo(person);
  }

  @Test
  void aKnownUsersNameIsAPersonWhereverItStands() {
    SentenceReading reading = read("then dkim restarted the pods.", List.of("dkim"));
    assertThat(personAt(reading, 1)).isEqualTo("dkim");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Mike checked the logs and then deleted the volume.|deleted|Mike",
        "Alejandro, who was on call, missed the page.|missed|Alejandro",
        "Our DBA, Mónica, dropped the replica.|dropped|Our DBA, Mónica,",
        "The alert that Mike wrote never fired.|fired|''"
      })
  void theSubjectOfAVerbIsFoundThroughAsidesAndCoordination(
      String text, String verb, String subject) {
    SentenceReading reading = read(text, List.of());
    int at = List.of(reading.lower).indexOf(verb);
    assertThat(reading.subjectOf(at).map(m -> written(reading, m)).orElse("")).isEqualTo(subject);
  }

  @Test
  void theGrammarIsReadOnceFromItsFile() {
    assertThat(SentenceGrammar.standard()).isSameAs(SentenceGrammar.standard());
    assertThat(SentenceGrammar.standard().be()).contains("was", "'s");
    assertThat(SentenceGrammar.standard().irregularPast()).containsEntry("ran", "run");
  }

  @Test
  void theCheckUsesTheGrammarFileWords() {
    String text = "Kemal needs to be more careful.";
    Sentence sentence = ENGLISH.sentences(text).get(0);
    SentenceGrammar standard = SentenceGrammar.standard();
    SentenceGrammar withoutCare =
        new SentenceGrammar(
            standard.be(),
            standard.subjectSkip(),
            standard.clauseWords(),
            standard.notNameTags(),
            standard.functionWords(),
            standard.commonEndings(),
            standard.nameSEndings(),
            standard.particles(),
            standard.relatives(),
            standard.judgingWords(),
            standard.judgingAdjectives(),
            standard.onSubjects(),
            standard.onSubjectsWithBe(),
            standard.irregularPast(),
            standard.coordinators(),
            standard.modalsShould(),
            standard.modalsCould(),
            List.of("know better"),
            standard.cueWords());
    assertThat(new BlameSentences(LEXICON, ENGLISH, standard).check(text, sentence, List.of()))
        .extracting(BlameSentences.Finding::construction)
        .containsExactly(BlameLexicon.CHARACTER_JUDGEMENT);
    assertThat(new BlameSentences(LEXICON, ENGLISH, withoutCare).check(text, sentence, List.of()))
        .isEmpty();
  }

  @Test
  void aGrammarFileWithoutAListIsRefused() {
    String yaml = "be: [is, was]\nirregular-past: {ran: run}\n";
    assertThatThrownBy(
            () ->
                SentenceGrammar.read(
                    new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subject-skip");
  }
}
