package io.hindsight.postmortem.domain;

import io.hindsight.postmortem.domain.EnglishText.Sentence;
import io.hindsight.postmortem.domain.EnglishText.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The sentence check: reads one sentence with its parts of speech and finds a person (a name, an
 * {@code @mention}, a pronoun or a role) who is the subject of a failure, the agent of a failure in
 * the passive voice, the owner of a fault, the subject of a counterfactual, or judged in character.
 * Each finding comes with a rewrite of the sentence about what happened instead of who. Words come
 * from a {@link BlameLexicon} (team vocabulary) and the {@link SentenceGrammar} (English). Only
 * sentences with a cue word are tagged. Thread-safe.
 */
public final class BlameSentences {

  private final BlameLexicon lexicon;
  private final EnglishText english;
  private final SentenceGrammar grammar;
  private final Set<String> cueWords;

  public BlameSentences(BlameLexicon lexicon, EnglishText english) {
    this(lexicon, english, SentenceGrammar.standard());
  }

  BlameSentences(BlameLexicon lexicon, EnglishText english, SentenceGrammar grammar) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.english = Objects.requireNonNull(english, "english");
    this.grammar = Objects.requireNonNull(grammar, "grammar");
    Set<String> cues = new HashSet<>(grammar.cueWords());
    lexicon.failureVerbs().forEach(v -> v.forms().forEach(f -> cues.add(f.split(" ")[0])));
    cues.addAll(lexicon.negations());
    cues.addAll(lexicon.faultNouns());
    cues.addAll(lexicon.judgements());
    cues.addAll(lexicon.personJudgements());
    this.cueWords = Set.copyOf(cues);
  }

  /** What the sentence check found in one sentence of a text. */
  public record Finding(
      String construction,
      int start,
      int end,
      String message,
      String question,
      List<String> rewrites) {
    public Finding {
      rewrites = List.copyOf(rewrites);
    }
  }

  /**
   * @param names names of known people (first names, full names, usernames) that count as persons
   *     even where the tagger does not take them for proper nouns
   */
  public List<Finding> check(String text, Sentence sentence, Collection<String> names) {
    if (!mayBlame(sentence.tokens())) {
      return List.of();
    }
    String normal = BlameLexicon.normal(text.substring(sentence.start(), sentence.end()));
    for (String exception : lexicon.exceptions()) {
      if (containsWords(normal, exception)) {
        return List.of();
      }
    }
    SentenceReading reading =
        SentenceReading.of(
            text, sentence, english.tags(sentence), names, lexicon, grammar, cueWords);
    List<Finding> found = new ArrayList<>();
    new PossessiveFaults(reading).find(found);
    new Counterfactuals(reading).find(found);
    new PassiveFailures(reading).find(found);
    new PersonFailures(reading).find(found);
    new CharacterJudgements(reading).find(found);
    List<Finding> onePerPerson = new ArrayList<>();
    Set<Integer> starts = new HashSet<>();
    for (Finding finding : found) {
      if (starts.add(finding.start())) {
        onePerPerson.add(finding);
      }
    }
    return onePerPerson;
  }

  private boolean mayBlame(List<Token> tokens) {
    String previous = null;
    for (Token token : tokens) {
      String lower = token.text().toLowerCase(Locale.ROOT);
      if (cueWords.contains(lower) || lower.endsWith("'s") || lower.endsWith("n't")) {
        return true;
      }
      if (lower.equals("on") && previous != null && grammar.be().contains(previous)) {
        return true;
      }
      previous = lower;
    }
    return false;
  }

  static boolean containsWords(String text, String phrase) {
    int at = text.indexOf(phrase);
    while (at >= 0) {
      int end = at + phrase.length();
      boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startsWord && endsWord) {
        return true;
      }
      at = text.indexOf(phrase, at + 1);
    }
    return false;
  }
}
