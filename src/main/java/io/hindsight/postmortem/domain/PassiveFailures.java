package io.hindsight.postmortem.domain;

import io.hindsight.postmortem.domain.BlameSentences.Finding;
import java.util.List;
import java.util.Optional;

/**
 * The {@code passive-failure} construction: a failure done "by" a person ("The deploy was botched
 * by the release manager"); a weak verb only with one of its own words in the clause.
 */
final class PassiveFailures {

  private final SentenceReading reading;
  private final String[] lower;

  PassiveFailures(SentenceReading reading) {
    this.reading = reading;
    this.lower = reading.lower;
  }

  void find(List<Finding> found) {
    SentenceGrammar grammar = reading.grammar;
    for (int i = 1; i < reading.size(); i++) {
      Optional<VerbMatch> match = reading.verbAt(i);
      if (match.isEmpty()
          || !grammar.be().contains(lower[i - 1]) && !reading.tagged(i - 1, "ADV")) {
        continue;
      }
      int aux = i - 1;
      while (aux > 0 && reading.tagged(aux, "ADV")) {
        aux--;
      }
      if (grammar.be().contains(lower[aux])) {
        byPerson(match.get(), i, aux, found);
      }
    }
  }

  private void byPerson(VerbMatch match, int i, int aux, List<Finding> found) {
    int limit = Math.min(reading.size() - 1, match.end() + 8);
    for (int by = match.end(); by < limit; by++) {
      if (reading.isClauseBoundary(by)) {
        return;
      }
      Optional<PersonMention> agent = reading.personAt(by + 1);
      if (lower[by].equals("by")
          && agent.isPresent()
          && (!match.verb().weak()
              || reading.anyOf(
                  match.verb().needs(), reading.clauseStartOf(aux), reading.looseClauseEnd(by)))) {
        int subjectStart = reading.clauseStartOf(aux);
        String outcome =
            reading.rewrites.rewriteSpan(
                subjectStart,
                agent.get().end(),
                reading.rewrites.outcome(
                    match.verb(),
                    reading.phrase(subjectStart, aux),
                    match.verb().thenVerb() ? "done" : lower[i]));
        found.add(
            reading.rewrites.finding(
                BlameLexicon.PASSIVE_FAILURE,
                i,
                agent.get().end(),
                match.verb().question(),
                outcome));
        return;
      }
    }
  }
}
