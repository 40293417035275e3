package io.hindsight.postmortem.domain;

import io.hindsight.postmortem.domain.BlameSentences.Finding;
import java.util.List;
import java.util.Optional;

/**
 * The {@code character-judgement} construction: a word that always judges a person ("careless",
 * "negligent"), or one that judges when said of a person ("The new engineer is lazy", "an
 * inexperienced developer"; not "lazy loading").
 */
final class CharacterJudgements {

  private final SentenceReading reading;
  private final String[] lower;
  private final PersonMention[] mentionAt;

  CharacterJudgements(SentenceReading reading) {
    this.reading = reading;
    this.lower = reading.lower;
    this.mentionAt = reading.mentionAt;
  }

  void find(List<Finding> found) {
    for (int i = 0; i < reading.size(); i++) {
      String word = lower[i];
      boolean always = reading.lexicon.judgements().contains(word);
      boolean ofPerson = reading.lexicon.personJudgements().contains(word);
      if (!always && !ofPerson) {
        continue;
      }
      boolean inRole = mentionAt[i] != null;
      boolean predicate = false;
      int be = i - 1;
      while (be >= 0
          && (reading.tagged(be, "ADV")
              || lower[be].equals("so")
              || lower[be].equals("too")
              || lower[be].equals("very"))) {
        be--;
      }
      Optional<PersonMention> subject = Optional.empty();
      if (be >= 0 && reading.grammar.be().contains(lower[be])) {
        subject = reading.subjectOf(be);
        predicate = true;
      }
      if (!always && !inRole && subject.isEmpty()) {
        continue;
      }
      int start = subject.map(PersonMention::start).orElse(inRole ? mentionAt[i].start() : i);
      String replacement =
          predicate || inRole
              ? "The process relied on individual care and experience here; what would make it"
                  + " safe by default?"
              : reading.rewrites.withoutWord(i);
      found.add(
          reading.rewrites.finding(
              BlameLexicon.CHARACTER_JUDGEMENT,
              start,
              Math.max(i + 1, inRole ? mentionAt[i].end() : i + 1),
              "Which safeguard, check or default would have made this safe without extra care?",
              replacement));
    }
  }
}
