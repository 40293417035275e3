package io.hindsight.postmortem.domain;

import io.hindsight.postmortem.domain.BlameLexicon.FailureVerb;
import io.hindsight.postmortem.domain.BlameSentences.Finding;
import java.util.List;
import java.util.Optional;

/**
 * The {@code person-failure} construction: a person as subject of a failure verb ("John failed to
 * check the config"), of a negated duty ("Rafael didn't check the dashboards"), of an action
 * "without" testing ("Kofi pushed the change without testing it"), or of "made a mistake".
 */
final class PersonFailures {

  private final SentenceReading reading;
  private final String[] lower;
  private final SentenceGrammar grammar;
  private final BlameLexicon lexicon;
  private final SentenceRewrites rewrites;
  private final int size;

  PersonFailures(SentenceReading reading) {
    this.reading = reading;
    this.lower = reading.lower;
    this.grammar = reading.grammar;
    this.lexicon = reading.lexicon;
    this.rewrites = reading.rewrites;
    this.size = reading.size();
  }

  void find(List<Finding> found) {
    for (int i = 0; i < size; i++) {
      Optional<VerbMatch> match = reading.verbAt(i);
      if (match.isPresent()) {
        failure(match.get(), found);
        continue;
      }
      if (lexicon.negations().contains(lower[i]) || negationOfTwo(i)) {
        negatedDiligence(i, found);
      } else if (lower[i].equals("without")
          && i + 1 < size
          && lexicon.without().contains(lower[i + 1])) {
        without(i, found);
      } else if ((lower[i].equals("made")
              || lower[i].equals("committed")
              || lower[i].equals("makes"))
          && faultObject(i + 1) > 0) {
        madeMistake(i, faultObject(i + 1), found);
      }
    }
  }

  private void failure(VerbMatch match, List<Finding> found) {
    FailureVerb verb = match.verb();
    if (reading.anyOf(verb.unless(), match.end(), reading.looseClauseEnd(match.end()))) {
      return;
    }
    Optional<PersonMention> subject = reading.subjectOf(match.start());
    if (subject.isEmpty()
        || verb.weak()
            && !reading.anyOf(
                verb.needs(), subject.get().end(), reading.looseClauseEnd(match.end()))) {
      return;
    }
    int objectStart = match.end();
    String done = verb.weak() ? Participles.ofPast(lower[match.end() - 1]) : null;
    if (verb.thenVerb()) {
      boolean afterTo = objectStart < size && lower[objectStart].equals("to");
      if (afterTo || lower[match.end() - 1].equals("to")) {
        objectStart += afterTo ? 1 : 0;
        afterTo = true;
      }
      if (objectStart < size && (afterTo || reading.tagged(objectStart, "VERB"))) {
        done = Participles.of(lower[objectStart]);
        objectStart++;
        while (objectStart < size && grammar.particles().contains(lower[objectStart])) {
          done = done + " " + lower[objectStart];
          objectStart++;
        }
      } else if (objectStart < size && lower[objectStart].equals("about")) {
        done = "kept in mind";
        objectStart++;
      } else {
        done = "done";
      }
    }
    int end = reading.clauseEnd(objectStart);
    int start = subject.get().start();
    String outcome = rewrites.outcomeOf(verb.outcome(), objectStart, end, done);
    found.add(
        rewrites.finding(
            BlameLexicon.PERSON_FAILURE,
            start,
            match.end(),
            verb.question(),
            rewrites.rewriteSpan(start, end, outcome)));
  }

  private boolean negationOfTwo(int i) {
    return i + 1 < size && lexicon.negations().contains(lower[i] + " " + lower[i + 1]);
  }

  private void negatedDiligence(int i, List<Finding> found) {
    int k = negationOfTwo(i) ? i + 2 : i + 1;
    while (k < size && (reading.tagged(k, "ADV") || lower[k].equals("even"))) {
      k++;
    }
    if (k >= size || !isDiligence(lower[k])) {
      return;
    }
    Optional<PersonMention> subject = reading.subjectOf(i);
    if (subject.isEmpty()) {
      return;
    }
    int end = reading.clauseEnd(k + 1);
    String done = Participles.of(base(lower[k]));
    int objectStart = k + 1;
    while (objectStart < end && grammar.particles().contains(lower[objectStart])) {
      done = done + " " + lower[objectStart];
      objectStart++;
    }
    String outcome = rewrites.outcomeOf("{object} was not {done}", objectStart, end, done);
    found.add(
        rewrites.finding(
            BlameLexicon.PERSON_FAILURE,
            subject.get().start(),
            k + 1,
            "What made this step easy to skip, and what would have made it part of the routine?",
            rewrites.rewriteSpan(subject.get().start(), end, outcome)));
  }

  private boolean isDiligence(String word) {
    return lexicon.diligenceVerbs().contains(word) || lexicon.diligenceVerbs().contains(base(word));
  }

  private String base(String word) {
    if (lexicon.diligenceVerbs().contains(word)) {
      return word;
    }
    if (grammar.irregularPast().containsKey(word)) {
      return grammar.irregularPast().get(word);
    }
    if (word.endsWith("ed")) {
      String minusEd = word.substring(0, word.length() - 2);
      if (lexicon.diligenceVerbs().contains(minusEd)) {
        return minusEd;
      }
      String minusD = word.substring(0, word.length() - 1);
      if (lexicon.diligenceVerbs().contains(minusD)) {
        return minusD;
      }
    }
    return word;
  }

  private void without(int i, List<Finding> found) {
    int verb = i - 1;
    while (verb >= 0 && !reading.tagged(verb, "VERB")) {
      if (reading.isClauseBoundary(verb)) {
        return;
      }
      verb--;
    }
    if (verb < 0) {
      return;
    }
    Optional<PersonMention> subject = reading.subjectOf(verb);
    if (subject.isEmpty()) {
      return;
    }
    String object = reading.phrase(verb + 1, i);
    int end = reading.clauseEnd(i + 2);
    String outcome =
        (object.isEmpty() ? "the change" : object)
            + " went ahead without "
            + reading.phrase(i + 1, end);
    found.add(
        rewrites.finding(
            BlameLexicon.PERSON_FAILURE,
            subject.get().start(),
            i + 2,
            "What made it possible to skip this step, and what would have made it the default?",
            rewrites.rewriteSpan(subject.get().start(), end, outcome)));
  }

  private int faultObject(int from) {
    for (int j = from; j < size && j < from + 4; j++) {
      if (lexicon.faultNouns().contains(lower[j])) {
        return j;
      }
      if (!(reading.tagged(j, "DET") || reading.tagged(j, "ADJ") || reading.tagged(j, "ADV"))) {
        return -1;
      }
    }
    return -1;
  }

  private void madeMistake(int i, int noun, List<Finding> found) {
    Optional<PersonMention> subject = reading.subjectOf(i);
    if (subject.isEmpty()) {
      return;
    }
    int objectStart = noun + 1;
    if (objectStart < size && reading.tagged(objectStart, "ADP")) {
      objectStart++;
    }
    int end = reading.clauseEnd(objectStart);
    String object = reading.phrase(objectStart, end);
    String outcome = object.isEmpty() ? "something went wrong" : object + " went wrong";
    found.add(
        rewrites.finding(
            BlameLexicon.PERSON_FAILURE,
            subject.get().start(),
            noun + 1,
            "What about the situation made this action look right at the time?",
            rewrites.rewriteSpan(subject.get().start(), end, rewrites.plural(outcome, object))));
  }
}
