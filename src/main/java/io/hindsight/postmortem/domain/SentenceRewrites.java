package io.hindsight.postmortem.domain;

import io.hindsight.postmortem.domain.BlameLexicon.FailureVerb;
import io.hindsight.postmortem.domain.BlameSentences.Finding;
import io.hindsight.postmortem.domain.EnglishText.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rewrites a sentence being read about what happened instead of who: the failure's object and what
 * was not done, the rest of the clause less the words that judge, and the whole sentence with the
 * person's part replaced. Makes each {@link Finding} with its question and rewrites.
 */
final class SentenceRewrites {

  private final SentenceReading reading;
  private final List<Token> tokens;
  private final String[] lower;

  SentenceRewrites(SentenceReading reading) {
    this.reading = reading;
    this.tokens = reading.tokens;
    this.lower = reading.lower;
  }

  /** The sentence without the word at {@code i} ("a careless change" as "a change"). */
  String withoutWord(int i) {
    String text = reading.text;
    int start = tokens.get(i).start();
    int end = tokens.get(i).end();
    while (end < reading.sentence.end() && text.charAt(end) == ' ') {
      end++;
    }
    String before = text.substring(reading.sentence.start(), start);
    String after = text.substring(end, reading.sentence.end());
    return capitalise(before + after);
  }

  /** "followed the runbook" as "the runbook was not followed", the whole sentence rewritten. */
  String didNotHappen(int verb, int end, boolean negated) {
    if (lower[verb].equals("been")) {
      return "The process relied on individual care here; what would make it safe by default?";
    }
    String done = lower[verb];
    int objectStart = verb + 1;
    while (objectStart < end && reading.grammar.particles().contains(lower[objectStart])) {
      done = done + " " + lower[objectStart];
      objectStart++;
    }
    int clauseStart = reading.clauseStartOf(verb);
    String before =
        reading.text.substring(reading.sentence.start(), tokens.get(clauseStart).start()).strip();
    boolean leadingIf = before.isEmpty() || before.equalsIgnoreCase("if");
    String template = negated ? "{object} was {done}" : "{object} was not {done}";
    String statement = outcomeOf(template, objectStart, end, done);
    return leadingIf ? capitalise(statement) + "." : rewrite(clauseStart, end, statement, false);
  }

  /**
   * What happened to the object of a failure, as a sentence without the person: the object's noun
   * phrase in the template, and the rest of the clause after it less the words that judge ("by
   * mistake"); a clause after the verb ("forgot the flag was on") becomes "it was not clear".
   */
  String outcomeOf(String template, int from, int end, String done) {
    int nounEnd = nounPhraseEnd(from, end);
    String noun = reading.phrase(from, nounEnd);
    if (!noun.isEmpty()
        && nounEnd < end
        && (reading.tagged(nounEnd, "AUX")
            || reading.tagged(nounEnd, "VERB") && lower[nounEnd].endsWith("ed"))) {
      return "it was not clear at the time that " + reading.phrase(from, end);
    }
    String what = noun.isEmpty() ? "this" : noun;
    String outcome =
        plural(
            template.replace("{object}", what).replace("{done}", done == null ? "done" : done),
            what);
    String rest = restWithoutJudgement(nounEnd, end);
    return rest.isEmpty() ? outcome : outcome + " " + rest;
  }

  private int nounPhraseEnd(int from, int end) {
    int i = from;
    while (i < end) {
      boolean nominal =
          reading.tagged(i, "DET")
              || reading.tagged(i, "ADJ")
              || reading.tagged(i, "NOUN")
              || reading.tagged(i, "PROPN")
              || reading.tagged(i, "NUM")
              || (reading.tagged(i, "PRON") && !reading.grammar.relatives().contains(lower[i]))
              || lower[i].equals("'s")
              || lower[i].contains("-")
              || (i > from
                  && tokens.get(i).start() == tokens.get(i - 1).end()
                  && !reading.tagged(i, "PUNCT"));
      boolean next =
          i + 1 < end
              && (reading.tagged(i + 1, "NOUN")
                  || reading.tagged(i + 1, "ADJ")
                  || reading.tagged(i + 1, "PROPN"));
      boolean last =
          i + 1 >= end || reading.tagged(i + 1, "ADP") || reading.isClauseBoundary(i + 1);
      boolean afterNoun =
          i > from && (reading.tagged(i - 1, "NOUN") || reading.tagged(i - 1, "ADJ"));
      boolean verbInPhrase =
          reading.tagged(i, "VERB")
              && ((i == from && lower[i].endsWith("ing")) || next || (afterNoun && last));
      nominal = nominal || verbInPhrase;
      boolean of =
          lower[i].equals("of")
              && i > from
              && i + 1 < end
              && (reading.tagged(i + 1, "DET")
                  || reading.tagged(i + 1, "NOUN")
                  || reading.tagged(i + 1, "ADJ"));
      if (!nominal && !of) {
        break;
      }
      i++;
    }
    return i;
  }

  private String restWithoutJudgement(int from, int end) {
    StringBuilder rest = new StringBuilder();
    for (int i = from; i < end; i++) {
      if (reading.grammar.judgingWords().contains(lower[i])) {
        continue;
      }
      if (i + 1 < end
          && lower[i].equals("by")
          && (lower[i + 1].equals("mistake") || lower[i + 1].equals("accident"))) {
        i++;
        continue;
      }
      boolean glued = i > from && tokens.get(i).start() == tokens.get(i - 1).end();
      rest.append(rest.length() == 0 || glued ? "" : " ").append(reading.asWritten(i));
    }
    return rest.toString();
  }

  String outcome(FailureVerb verb, String object, String done) {
    String what = object.isEmpty() ? "this" : object;
    String outcome =
        verb.outcome().replace("{object}", what).replace("{done}", done == null ? "done" : done);
    return plural(outcome, what);
  }

  String plural(String outcome, String object) {
    String head = object.strip().split("\\s+of\\s+")[0];
    String[] words = head.split("\\s+");
    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
    boolean plural =
        words.length > 1
            && last.endsWith("s")
            && !last.endsWith("ss")
            && !last.endsWith("us")
            && !last.endsWith("is");
    return plural ? outcome.replace(" was ", " were ") : outcome;
  }

  /**
   * The sentence with tokens [from, to) replaced, and a coordinated verb after them (which shared
   * the person as subject) left out.
   */
  String rewriteSpan(int from, int to, String replacement) {
    int afterIndex = to;
    if (afterIndex < tokens.size()
        && reading.grammar.coordinators().contains(lower[afterIndex])
        && afterIndex + 1 < tokens.size()
        && (reading.tagged(afterIndex + 1, "VERB") || reading.tagged(afterIndex + 1, "ADV"))) {
      afterIndex = reading.clauseEnd(afterIndex + 1);
    }
    return rewrite(from, afterIndex, replacement, false);
  }

  String rewrite(int from, int to, String replacement, boolean keepCase) {
    String text = reading.text;
    int sentenceStart = reading.sentence.start();
    int sentenceEnd = reading.sentence.end();
    String before = text.substring(sentenceStart, tokens.get(from).start());
    String after = to < tokens.size() ? text.substring(tokens.get(to).start(), sentenceEnd) : "";
    if (to < tokens.size() && to > 0 && tokens.get(to).start() > tokens.get(to - 1).end()) {
      after = " " + after;
    }
    String middle = replacement;
    if (!keepCase && !before.isBlank()) {
      middle = decapitalise(middle);
    }
    String joined = before + middle + after;
    String end = text.substring(sentenceStart, sentenceEnd).strip();
    char last = end.isEmpty() ? ' ' : end.charAt(end.length() - 1);
    if (".!?".indexOf(last) >= 0 && !joined.endsWith(String.valueOf(last))) {
      joined = joined.replaceAll("[\\s,;:]+$", "") + last;
    }
    return capitalise(joined);
  }

  Finding finding(String construction, int from, int to, String question, String rewrite) {
    int start = tokens.get(from).start();
    int end = tokens.get(Math.min(to, tokens.size()) - 1).end();
    String statement = rewrite.strip();
    List<String> rewrites = new ArrayList<>();
    if (!statement.endsWith("?")) {
      String bare = statement.replaceAll("[.!]+$", "");
      rewrites.add(bare + "; " + decapitalise(question));
    }
    rewrites.add(statement);
    return new Finding(
        construction,
        start,
        end,
        reading.lexicon.constructions().get(construction),
        question,
        rewrites);
  }

  static String capitalise(String text) {
    if (text.isEmpty()) {
      return text;
    }
    int first = text.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toUpperCase(first))
        .append(text.substring(Character.charCount(first)))
        .toString();
  }

  static String decapitalise(String text) {
    if (text.length() < 2 || Character.isUpperCase(text.charAt(1))) {
      return text;
    }
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
