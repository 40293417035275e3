package io.hindsight.postmortem.domain;

import io.hindsight.postmortem.domain.BlameSentences.Finding;
import java.util.List;

/**
 * The {@code possessive-fault} construction: a fault that belongs to someone ("Sarah's mistake",
 * "It was Kevin's fault", "an error by the on-call engineer", "Emeka's bad config push"), and an
 * outcome put on a person ("It is on the DBA team that…", "that's on Marek").
 */
final class PossessiveFaults {

  private static final String QUESTION = "Which conditions in the system allowed this to happen?";

  private final SentenceReading reading;
  private final String[] lower;
  private final PersonMention[] mentionAt;
  private final int size;

  PossessiveFaults(SentenceReading reading) {
    this.reading = reading;
    this.lower = reading.lower;
    this.mentionAt = reading.mentionAt;
    this.size = reading.size();
  }

  void find(List<Finding> found) {
    for (int i = 0; i < size; i++) {
      PersonMention mention = mentionAt[i];
      if (mention != null && mention.possessive() && mention.end() == i + 1) {
        owned(i, mention, found);
      }
    }
    for (int i = 0; i + 2 < size; i++) {
      if (isFaultNoun(i) && lower[i + 1].equals("by") && reading.personAt(i + 2).isPresent()) {
        found.add(possessive(i, mentionAt[i + 2].end()));
      }
    }
    attributions(found);
  }

  private void owned(int i, PersonMention mention, List<Finding> found) {
    int j = i + 1;
    while (j < size
        && (lower[j].equals("'s") || lower[j].equals("own") || reading.tagged(j, "ADJ"))) {
      j++;
    }
    int joinedEnd = j;
    while (joinedEnd + 1 < size
        && reading.tokens.get(joinedEnd + 1).start() == reading.tokens.get(joinedEnd).end()) {
      joinedEnd++;
    }
    if (j < size && joinedEnd > j) {
      String joined =
          reading.text.substring(
              reading.tokens.get(j).start(), reading.tokens.get(joinedEnd).end());
      if (reading.lexicon.faultNouns().contains(BlameLexicon.normal(joined))) {
        found.add(possessive(mention.start(), joinedEnd + 1));
        return;
      }
    }
    boolean judged = false;
    for (int a = i + 1; a < j; a++) {
      judged |= reading.grammar.judgingAdjectives().contains(lower[a]);
    }
    if (judged && j < size && reading.tagged(j, "NOUN")) {
      int nounEnd = j;
      while (nounEnd + 1 < size && reading.tagged(nounEnd + 1, "NOUN")) {
        nounEnd++;
      }
      found.add(possessive(mention.start(), nounEnd + 1));
      return;
    }
    boolean fault = j < size && isFaultNoun(j);
    boolean predicate = j >= size || reading.tagged(j, "PUNCT");
    if (fault) {
      found.add(possessive(mention.start(), j + 1));
    } else if ((predicate && faultNounBefore(mention.start()))
        || (j < size && lower[j].equals("part") && faultNounBefore(mention.start()))) {
      found.add(possessive(mention.start(), Math.min(j + 1, size)));
    }
  }

  /** "It is on the DBA team that…", "that's on Marek": the outcome put on a person. */
  private void attributions(List<Finding> found) {
    SentenceGrammar grammar = reading.grammar;
    for (int i = 0; i < size; i++) {
      int k;
      int be = i + 1 < size && lower[i + 1].equals("one") ? i + 2 : i + 1;
      if (grammar.onSubjects().contains(lower[i])
          && be < size
          && grammar.be().contains(lower[be])) {
        k = be + 1;
      } else if (grammar.onSubjectsWithBe().contains(lower[i])) {
        k = i + 1;
      } else {
        continue;
      }
      while (k < size && reading.tagged(k, "ADV") && !lower[k].equals("on")) {
        k++;
      }
      if (k + 1 < size && lower[k].equals("on") && reading.personAt(k + 1).isPresent()) {
        found.add(possessive(i, mentionAt[k + 1].end()));
      }
    }
  }

  private boolean faultNounBefore(int index) {
    for (int i = 0; i < index; i++) {
      if (isFaultNoun(i)) {
        return true;
      }
    }
    return false;
  }

  private boolean isFaultNoun(int i) {
    if (!reading.lexicon.faultNouns().contains(lower[i])) {
      return false;
    }
    boolean compound = i + 1 < size && (reading.tagged(i + 1, "NOUN") || lower[i + 1].equals("-"));
    return !compound;
  }

  private Finding possessive(int start, int end) {
    boolean subject = end < size && (reading.tagged(end, "VERB") || reading.tagged(end, "AUX"));
    String replacement =
        subject && start == 0
            ? reading.rewrites.rewrite(start, end, "A change", true)
            : "Several conditions in the system lined up to allow this.";
    return reading.rewrites.finding(
        BlameLexicon.POSSESSIVE_FAULT, start, end, QUESTION, replacement);
  }
}
