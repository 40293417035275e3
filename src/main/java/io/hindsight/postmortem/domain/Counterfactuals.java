package io.hindsight.postmortem.domain;

import io.hindsight.postmortem.domain.BlameSentences.Finding;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code counterfactual} construction, about a person: "If Alex had followed the runbook…",
 * "Had Alex followed…", "Pavel should have checked…", "Lukas could have prevented this"; and "needs
 * to be more careful", which is a {@code character-judgement}.
 */
final class Counterfactuals {

  private static final String HINDSIGHT_QUESTION =
      "What did the people involved know at the time, and why did their actions make sense to them?";

  private final SentenceReading reading;
  private final String[] lower;
  private final SentenceGrammar grammar;
  private final int size;

  Counterfactuals(SentenceReading reading) {
    this.reading = reading;
    this.lower = reading.lower;
    this.grammar = reading.grammar;
    this.size = reading.size();
  }

  void find(List<Finding> found) {
    for (int i = 0; i < size; i++) {
      String word = lower[i];
      if (word.equals("if") || word.equals("had")) {
        conditional(i, found);
      } else if (grammar.modalsShould().contains(word)
          || grammar.modalsCould().contains(word)
          || word.equals("must")
          || word.equals("needs")) {
        modal(i, found);
      }
    }
  }

  private void conditional(int i, List<Finding> found) {
    int j = i + 1;
    boolean inverted = lower[i].equals("had");
    if (inverted && i > 0 && !reading.isClauseBoundary(i - 1)) {
      return;
    }
    if (!inverted && j < size && lower[j].equals("only")) {
      j++;
    }
    Optional<PersonMention> person = reading.personAt(j);
    if (person.isEmpty()) {
      return;
    }
    int k = person.get().end();
    if (!inverted) {
      if (k >= size
          || !(lower[k].equals("had")
              || lower[k].equals("hadn't")
              || lower[k].equals("'d")
              || lower[k].equals("would")
              || lower[k].equals("would've"))) {
        return;
      }
      k++;
    }
    while (k < size
        && (reading.tagged(k, "ADV") || reading.tagged(k, "PART") || lower[k].equals("have"))) {
      k++;
    }
    if (k >= size) {
      return;
    }
    if (lower[k].equals("been")) {
      if (k + 1 < size && reading.tagged(k + 1, "VERB") && !lower[k + 1].endsWith("ing")) {
        return;
      }
    } else if (!reading.tagged(k, "VERB")) {
      return;
    }
    int end = reading.clauseEnd(k + 1);
    String outcome =
        reading.rewrites.didNotHappen(k, end, reading.negatedBetween(person.get().end(), k));
    found.add(
        reading.rewrites.finding(
            BlameLexicon.COUNTERFACTUAL, i, k + 1, HINDSIGHT_QUESTION, outcome));
  }

  private void modal(int i, List<Finding> found) {
    Optional<PersonMention> subject = reading.subjectOf(i);
    if (subject.isEmpty()) {
      return;
    }
    String word = lower[i];
    int k = i + 1;
    if (word.equals("ought") && k < size && lower[k].equals("to")) {
      k++;
    }
    if (!word.equals("needs") && unfit(i, k, subject.get(), found)) {
      return;
    }
    boolean contracted = word.endsWith("'ve");
    if (!contracted) {
      if (carePhrase(i, k, subject.get(), found)) {
        return;
      }
      if (word.equals("must") || word.equals("needs")) {
        return;
      }
      while (k < size
          && (lower[k].equals("not") || lower[k].equals("n't") || reading.tagged(k, "ADV"))) {
        k++;
      }
      if (k >= size || !(lower[k].equals("have") || lower[k].equals("'ve"))) {
        return;
      }
      k++;
    }
    if (k >= size) {
      return;
    }
    if (lower[k].equals("been")
        && k + 1 < size
        && reading.tagged(k + 1, "VERB")
        && !lower[k + 1].endsWith("ing")) {
      return;
    }
    boolean should = grammar.modalsShould().contains(word) || word.startsWith("should");
    if (!should && !reading.lexicon.preventionVerbs().contains(lower[k])) {
      return;
    }
    if (!reading.tagged(k, "VERB") && !lower[k].equals("been")) {
      return;
    }
    int end = reading.clauseEnd(k + 1);
    found.add(
        reading.rewrites.finding(
            BlameLexicon.COUNTERFACTUAL,
            subject.get().start(),
            k + 1,
            HINDSIGHT_QUESTION,
            reading.rewrites.didNotHappen(k, end, reading.negatedBetween(i, k))));
  }

  /**
   * "He should never have been allowed near production", "she must not be trusted with prod again":
   * a person judged unfit, not a process that let the change through.
   */
  private boolean unfit(int modal, int from, PersonMention subject, List<Finding> found) {
    boolean negated = lower[modal].contains("n't");
    int k = from;
    while (k < size && (isNegation(k) || reading.tagged(k, "ADV") || lower[k].equals("ever"))) {
      negated |= isNegation(k);
      k++;
    }
    boolean past = lower[modal].endsWith("'ve");
    if (k < size && (lower[k].equals("have") || lower[k].equals("'ve"))) {
      past = true;
      k++;
    }
    String be = past ? "been" : "be";
    if (!negated || k + 1 >= size || !lower[k].equals(be)) {
      return false;
    }
    int verb = k + 1;
    int end = reading.clauseEnd(verb + 1);
    boolean again = reading.anyOf(Set.of("again", "anymore"), verb + 1, end - 1);
    if (!reading.lexicon.unfitVerbs().contains(lower[verb]) || !(past || again)) {
      return false;
    }
    found.add(
        reading.rewrites.finding(
            BlameLexicon.CHARACTER_JUDGEMENT,
            subject.start(),
            verb + 1,
            "What guardrails would make this access safe for anyone who holds it?",
            reading.rewrites.rewrite(
                subject.start(), end, "access here did not come with guardrails", false)));
    return true;
  }

  private boolean isNegation(int i) {
    return lower[i].equals("not") || lower[i].equals("never") || lower[i].equals("n't");
  }

  /** "Kemal needs to be more careful", "she should know better": a judgement of character. */
  private boolean carePhrase(int modal, int from, PersonMention subject, List<Finding> found) {
    String rest = reading.phraseFrom(from, 5) + " ";
    for (String care : grammar.carePhrases()) {
      if (rest.startsWith(care + " ")
          || (lower[modal].equals("needs") && rest.startsWith("to " + care + " "))) {
        found.add(
            reading.rewrites.finding(
                BlameLexicon.CHARACTER_JUDGEMENT,
                subject.start(),
                Math.min(from + care.split(" ").length, size),
                "What would make the safe way the easy way, without relying on extra care?",
                "The process relies on individual care here; what would make it safe by default?"));
        return true;
      }
    }
    return false;
  }
}
