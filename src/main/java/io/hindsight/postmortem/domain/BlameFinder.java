package io.hindsight.postmortem.domain;

import io.hindsight.postmortem.domain.BlameSentences.Finding;
import io.hindsight.postmortem.domain.EnglishText.Sentence;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The blame check: the sentence check ({@link BlameSentences}) over every sentence, and the phrase
 * rules ({@link BlamelessLinter}) over the text. Each warning is placed in its sentence with
 * rewrites of that sentence; where warnings overlap, the one starting first (then the longest) is
 * kept, so one blaming phrase gives one warning. Thread-safe.
 */
public final class BlameFinder {

  private final BlamelessLinter phrases;
  private final BlameSentences sentences;
  private final EnglishText english;
  private final RecentFindings recent = new RecentFindings();

  public BlameFinder(BlameRules rules, EnglishText english) {
    this.phrases =
        new BlamelessLinter(
            new BlameRules(
                rules.people(),
                rules.rules().stream()
                    .filter(rule -> !rules.lexicon().replaces().contains(rule.id().value()))
                    .toList(),
                rules.lexicon()));
    this.english = Objects.requireNonNull(english, "english");
    this.sentences = new BlameSentences(rules.lexicon(), english);
  }

  public static BlameFinder standard() {
    return new BlameFinder(BlameRules.standard(), EnglishText.shared());
  }

  public List<BlameWarning> find(String text) {
    return find(text, List.of(), Set.of());
  }

  public List<BlameWarning> find(String text, Collection<String> personNames) {
    return find(text, personNames, Set.of());
  }

  /**
   * @param personNames names of people who may appear in the text; a caller checking many texts
   *     passes the same unchanging collection to each (the warnings of recent texts are kept for
   *     it)
   * @param notBlame sentences marked "not blame" by a reviewer: no warning in them
   */
  public List<BlameWarning> find(
      String text, Collection<String> personNames, Collection<String> notBlame) {
    Objects.requireNonNull(text, "text");
    if (notBlame.isEmpty()) {
      return recent.of(text, personNames, () -> check(text, personNames, Set.of()));
    }
    return check(text, personNames, notBlame);
  }

  int textsKept() {
    return recent.size();
  }

  private List<BlameWarning> check(
      String text, Collection<String> personNames, Collection<String> notBlame) {
    Set<String> marked =
        notBlame.stream().map(BlameLexicon::normal).collect(Collectors.toUnmodifiableSet());
    List<Sentence> all = english.sentences(text);
    List<BlameWarning> found = new ArrayList<>();
    for (Sentence sentence : all) {
      if (marked.contains(BlameLexicon.normal(text.substring(sentence.start(), sentence.end())))) {
        continue;
      }
      for (Finding finding : sentences.check(text, sentence, personNames)) {
        found.add(
            new BlameWarning(
                BlameRuleId.of(finding.construction()),
                finding.start(),
                finding.end(),
                text.substring(finding.start(), finding.end()),
                finding.message(),
                finding.question(),
                sentence.start(),
                sentence.end(),
                finding.rewrites()));
      }
    }
    for (BlameWarning warning : phrases.lint(text, personNames)) {
      Sentence sentence = around(all, warning);
      if (sentence == null) {
        found.add(
            warning.inSentence(warning.start(), warning.end(), List.of(warning.suggestion())));
        continue;
      }
      if (marked.contains(BlameLexicon.normal(text.substring(sentence.start(), sentence.end())))) {
        continue;
      }
      found.add(
          warning.inSentence(sentence.start(), sentence.end(), List.of(warning.suggestion())));
    }
    return withoutOverlaps(found);
  }

  private static Sentence around(List<Sentence> sentences, BlameWarning warning) {
    for (Sentence sentence : sentences) {
      if (sentence.start() <= warning.start() && warning.end() <= sentence.end()) {
        return sentence;
      }
    }
    return null;
  }

  /** Sentence findings come first in the list, so they win ties over phrase rules. */
  private static List<BlameWarning> withoutOverlaps(List<BlameWarning> found) {
    List<BlameWarning> sorted = new ArrayList<>(found);
    sorted.sort(
        Comparator.comparingInt(BlameWarning::start)
            .thenComparing(Comparator.comparingInt(BlameWarning::end).reversed()));
    List<BlameWarning> kept = new ArrayList<>();
    int coveredUntil = 0;
    for (BlameWarning warning : sorted) {
      if (warning.start() >= coveredUntil) {
        kept.add(warning);
        coveredUntil = warning.end();
      }
    }
    return List.copyOf(kept);
  }
}
