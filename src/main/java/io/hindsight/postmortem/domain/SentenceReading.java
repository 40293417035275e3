package io.hindsight.postmortem.domain;

import io.hindsight.postmortem.domain.BlameLexicon.FailureVerb;
import io.hindsight.postmortem.domain.EnglishText.Sentence;
import io.hindsight.postmortem.domain.EnglishText.Token;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One sentence being read: its tokens, their lowercase forms and tags, the people mentioned in it,
 * and how clauses and subjects are found. The constructions ({@link PossessiveFaults}, {@link
 * Counterfactuals}, {@link PassiveFailures}, {@link PersonFailures}, {@link CharacterJudgements})
 * read it; {@link SentenceRewrites} rewrites it. Not thread-safe: one per sentence checked.
 */
final class SentenceReading {

  final String text;
  final Sentence sentence;
  final List<Token> tokens;
  final String[] lower;
  final String[] tags;
  final PersonMention[] mentionAt;
  final BlameLexicon lexicon;
  final SentenceGrammar grammar;
  final SentenceRewrites rewrites;

  private SentenceReading(
      String text,
      Sentence sentence,
      List<String> tags,
      BlameLexicon lexicon,
      SentenceGrammar grammar) {
    this.text = text;
    this.sentence = sentence;
    this.tokens = sentence.tokens();
    this.tags = tags.toArray(String[]::new);
    this.lower = new String[tokens.size()];
    for (int i = 0; i < lower.length; i++) {
      lower[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
    }
    this.lexicon = lexicon;
    this.grammar = grammar;
    this.mentionAt = new PersonMention[tokens.size()];
    this.rewrites = new SentenceRewrites(this);
  }

  /** A sentence read with its tags, and the people in it found. */
  static SentenceReading of(
      String text,
      Sentence sentence,
      List<String> tags,
      Collection<String> names,
      BlameLexicon lexicon,
      SentenceGrammar grammar,
      Set<String> cueWords) {
    SentenceReading reading = new SentenceReading(text, sentence, tags, lexicon, grammar);
    new PersonMentions(reading, names, cueWords).markAll();
    return reading;
  }

  int size() {
    return tokens.size();
  }

  boolean tagged(int i, String tag) {
    return tags[i].startsWith(tag);
  }

  /** The mention starting at {@code i} that is not a possessive. */
  Optional<PersonMention> personAt(int i) {
    if (i < 0 || i >= tokens.size() || mentionAt[i] == null) {
      return Optional.empty();
    }
    PersonMention mention = mentionAt[i];
    return mention.start() == i && !mention.possessive() ? Optional.of(mention) : Optional.empty();
  }

  Optional<PersonMention> mentionEndingAt(int i) {
    if (i < 0 || mentionAt[i] == null || mentionAt[i].end() != i + 1) {
      return Optional.empty();
    }
    return Optional.of(mentionAt[i]);
  }

  /**
   * The person who is the subject of the verb at {@code verb}: the mention right before it (only
   * adverbs, auxiliaries and catenative verbs between), through "who" and through "and" to the
   * subject of the clause before.
   */
  Optional<PersonMention> subjectOf(int verb) {
    int i = verb - 1;
    while (i >= 0) {
      if (mentionAt[i] != null) {
        PersonMention mention = mentionAt[i];
        return mention.possessive() ? Optional.empty() : Optional.of(mention);
      }
      String word = lower[i];
      if (i > 1 && lower[i - 1].equals("on") && (word.equals("duty") || word.equals("call"))) {
        i -= 2;
        continue;
      }
      if (word.equals(",")) {
        Optional<PersonMention> beforeAside = subjectBeforeAside(i);
        if (beforeAside.isPresent()) {
          return beforeAside;
        }
      }
      if (word.equals(",") && isAppositionEndingAt(i - 1)) {
        PersonMention named = mentionAt[i - 1];
        PersonMention first = mentionAt[named.start() - 2];
        return Optional.of(new PersonMention(first.start(), i + 1, false));
      }
      if (word.equals("who") || word.equals("that")) {
        return mentionEndingAt(i - 1).filter(m -> !m.possessive());
      }
      if (word.equals(",") && i > 0 && grammar.coordinators().contains(lower[i - 1])) {
        i--;
        continue;
      }
      if (grammar.coordinators().contains(word) && tagged(i, "CCONJ")) {
        return subjectOfClauseBefore(i);
      }
      boolean skippable =
          grammar.subjectSkip().contains(word)
              || word.endsWith("n't")
              || tagged(i, "ADV")
              || tagged(i, "AUX")
              || tagged(i, "PART");
      if (!skippable) {
        return Optional.empty();
      }
      i--;
    }
    return Optional.empty();
  }

  /** "Alejandro, who was on call that night, missed…": the person before a relative aside. */
  private Optional<PersonMention> subjectBeforeAside(int closingComma) {
    for (int j = closingComma - 1; j > 0; j--) {
      if (lower[j].equals(",")) {
        boolean relative =
            j + 1 < closingComma && (lower[j + 1].equals("who") || lower[j + 1].equals("whose"));
        return relative ? mentionEndingAt(j - 1).filter(m -> !m.possessive()) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** "our DBA, Mónica," or "Mónica, our DBA,": a person named twice, between commas. */
  private boolean isAppositionEndingAt(int i) {
    Optional<PersonMention> mention = mentionEndingAt(i).filter(m -> !m.possessive());
    if (mention.isEmpty()) {
      return false;
    }
    int before = mention.get().start() - 1;
    return before > 0 && lower[before].equals(",") && mentionEndingAt(before - 1).isPresent();
  }

  private Optional<PersonMention> subjectOfClauseBefore(int coordinator) {
    int start = coordinator - 1;
    while (start > 0 && !isClauseBoundary(start - 1)) {
      start--;
    }
    for (int i = start; i < coordinator; i++) {
      if (mentionAt[i] != null) {
        PersonMention mention = mentionAt[i];
        return mention.possessive() ? Optional.empty() : Optional.of(mention);
      }
      if (tagged(i, "NOUN") || tagged(i, "PROPN") || tagged(i, "PRON")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  boolean isClauseBoundary(int i) {
    boolean punctuation =
        tagged(i, "PUNCT") && lower[i].codePoints().noneMatch(Character::isLetter);
    return (punctuation && !lower[i].equals("-") && !lower[i].equals("'"))
        || tagged(i, "SCONJ")
        || grammar.clauseWords().contains(lower[i]);
  }

  /** The first token after {@code from} that ends the clause (or the sentence's length). */
  int clauseEnd(int from) {
    for (int i = from; i < tokens.size(); i++) {
      if (isClauseBoundary(i)
          || (grammar.coordinators().contains(lower[i]) && tagged(i, "CCONJ"))
          || lower[i].equals("without")) {
        return i;
      }
    }
    return tokens.size();
  }

  /** Like {@link #clauseEnd}, but "and", "without" and commas do not end the clause. */
  int looseClauseEnd(int from) {
    for (int i = from; i < tokens.size(); i++) {
      boolean comma = lower[i].equals(",");
      if (!comma && isClauseBoundary(i)) {
        return i;
      }
    }
    return tokens.size();
  }

  int clauseStartOf(int index) {
    int start = index;
    while (start > 0 && !isClauseBoundary(start - 1)) {
      start--;
    }
    return start;
  }

  Optional<VerbMatch> verbAt(int i) {
    for (FailureVerb verb : lexicon.failureVerbs()) {
      for (String form : verb.forms()) {
        String[] words = form.split(" ");
        if (i + words.length > tokens.size()) {
          continue;
        }
        boolean matches = true;
        for (int w = 0; w < words.length && matches; w++) {
          matches = lower[i + w].equals(words[w]);
        }
        if (matches
            && i > 0
            && lexicon.determiners().contains(lower[i - 1])
            && mentionAt[i - 1] == null) {
          matches = false;
        }
        if (matches) {
          return Optional.of(new VerbMatch(verb, i, i + words.length));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether one of {@code words} is in tokens [from, to]. */
  boolean anyOf(Set<String> words, int from, int to) {
    for (int i = Math.max(0, from); i <= to && i < tokens.size(); i++) {
      if (words.contains(lower[i])) {
        return true;
      }
    }
    return false;
  }

  /** Whether a "not", "never" or "n't" is in tokens [from, to). */
  boolean negatedBetween(int from, int to) {
    for (int i = from; i < to && i < tokens.size(); i++) {
      if (lower[i].equals("not") || lower[i].equals("never") || lower[i].contains("n't")) {
        return true;
      }
    }
    return false;
  }

  String phraseFrom(int from, int count) {
    StringBuilder phrase = new StringBuilder();
    for (int i = from; i < tokens.size() && i < from + count; i++) {
      phrase.append(i == from ? "" : " ").append(lower[i]);
    }
    return phrase.toString();
  }

  /** The words of tokens [from, to) as written, possessive pronouns made "the". */
  String phrase(int from, int to) {
    if (from >= to) {
      return "";
    }
    StringBuilder phrase = new StringBuilder();
    for (int i = from; i < to; i++) {
      phrase.append(i > from && tokens.get(i).start() > tokens.get(i - 1).end() ? " " : "");
      phrase.append(asWritten(i));
    }
    return phrase.toString();
  }

  /** The token as written, or "the" for a possessive pronoun that stands for a person. */
  String asWritten(int i) {
    return lexicon.possessivePronouns().contains(lower[i]) && mentionAt[i] != null
        ? "the"
        : tokens.get(i).text();
  }
}
