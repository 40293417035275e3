package io.hindsight.postmortem.domain;

import io.hindsight.postmortem.domain.EnglishText.Token;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the people in a sentence: a known user's name, a capitalised name of any language, an
 * {@code @mention}, a pronoun, or a role with its determiner or possessive ("the intern", "our
 * DBA"), and marks them on the {@link SentenceReading}.
 */
final class PersonMentions {

  private final SentenceReading reading;
  private final List<Token> tokens;
  private final String[] lower;
  private final String[] tags;
  private final PersonMention[] mentionAt;
  private final BlameLexicon lexicon;
  private final SentenceGrammar grammar;
  private final Set<String> cueWords;
  private final Set<String> knownNames = new HashSet<>();

  PersonMentions(SentenceReading reading, Collection<String> names, Set<String> cueWords) {
    this.reading = reading;
    this.tokens = reading.tokens;
    this.lower = reading.lower;
    this.tags = reading.tags;
    this.mentionAt = reading.mentionAt;
    this.lexicon = reading.lexicon;
    this.grammar = reading.grammar;
    this.cueWords = cueWords;
    for (String name : names) {
      for (String part : name.strip().split("\\s+")) {
        if (!part.isEmpty()) {
          knownNames.add(part);
        }
      }
    }
  }

  void markAll() {
    for (int i = 0; i < tokens.size(); i++) {
      if (mentionAt[i] != null) {
        continue;
      }
      String word = tokens.get(i).text();
      boolean possessive = isPossessive(i);
      String base = possessive ? word.substring(0, word.length() - 2) : word;
      String baseLower = base.toLowerCase(Locale.ROOT);
      if (base.startsWith("@") && base.length() > 1) {
        mark(i, i + 1, possessive);
      } else if (isName(i, base)) {
        int end = i + 1;
        while (end < tokens.size()
            && !possessive
            && (isJoined(end) || isName(end, tokens.get(end).text()) || isNamePart(end))) {
          possessive = isPossessive(end);
          end++;
        }
        while (!possessive
            && end + 1 < tokens.size()
            && lower[end].equals("-")
            && tokens.get(end).start() == tokens.get(end - 1).end()
            && tokens.get(end + 1).start() == tokens.get(end).end()) {
          possessive = isPossessive(end + 1);
          end += 2;
        }
        mark(i, end, possessive || (end < tokens.size() && lower[end].equals("'s")));
      } else if (lexicon.possessivePronouns().contains(baseLower) && !possessive) {
        mark(i, i + 1, true);
      } else if (isPronoun(i)) {
        mark(i, i + 1, false);
      } else if (i + 1 < tokens.size()
          && lexicon.pronouns().contains(lower[i] + " " + lower[i + 1])) {
        mark(i, i + 2, false);
      } else if (isRoleHead(i, baseLower)) {
        int start = roleStart(i);
        if (start >= 0) {
          mark(start, i + 1, possessive || (i + 1 < tokens.size() && lower[i + 1].equals("'s")));
        }
      }
    }
  }

  private boolean isPossessive(int i) {
    String word = lower[i];
    return word.length() > 2 && word.endsWith("'s");
  }

  private boolean isPronoun(int i) {
    if (lower[i].equals("i")) {
      return tokens.get(i).text().equals("I");
    }
    return lexicon.pronouns().contains(lower[i]);
  }

  /**
   * Whether a capitalised word is a person's name. The tagger takes names it has never seen for
   * anything (INTJ, PRON, NOUN, even VERB), so the shape decides: a known user's name; a proper
   * noun; any other capitalised word inside a sentence; at the start of a sentence, a word that is
   * followed by a verb or by another name and does not have the ending of a common noun.
   */
  private boolean isName(int i, String word) {
    String clean = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
    if (knownNames.contains(clean)) {
      return true;
    }
    if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
      return false;
    }
    String cleanLower = clean.toLowerCase(Locale.ROOT);
    if (lexicon.systems().contains(cleanLower)
        || grammar.functionWords().contains(cleanLower)
        || (lexicon.roles().contains(cleanLower) && (i == 0 || hasDeterminerBefore(i)))
        || lexicon.pronouns().contains(cleanLower)
        || lexicon.possessivePronouns().contains(cleanLower)
        || lexicon.determiners().contains(cleanLower)
        || (clean.length() > 1 && clean.equals(clean.toUpperCase(Locale.ROOT)))
        || !clean.codePoints().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')) {
      return false;
    }
    String tag = tags[i];
    boolean startsSentence = i == 0 || reading.tagged(i - 1, "PUNCT") && !lower[i - 1].equals(",");
    if (!startsSentence) {
      return true;
    }
    if (isPossessive(i)) {
      return true;
    }
    if (grammar.notNameTags().stream().anyMatch(tag::startsWith)) {
      return false;
    }
    if (tag.startsWith("PROPN")) {
      return true;
    }
    if (grammar.commonEndings().stream().anyMatch(cleanLower::endsWith)
        || (cleanLower.endsWith("s")
            && grammar.nameSEndings().stream().noneMatch(cleanLower::endsWith))) {
      return false;
    }
    int next = i + 1;
    while (next < tokens.size() && reading.tagged(next, "ADV")) {
      next++;
    }
    return word.endsWith("'s")
        || next < tokens.size()
            && (reading.tagged(next, "VERB")
                || reading.tagged(next, "AUX")
                || lower[next].equals("'s")
                || Character.isUpperCase(tokens.get(next).text().codePointAt(0))
                    && !reading.tagged(next, "PUNCT")
                || isJoined(next));
  }

  /**
   * A capitalised word that goes on a name inside a sentence, even when it is spelled like a
   * function word ("An" in "Nguyen Van An").
   */
  private boolean isNamePart(int i) {
    String word = tokens.get(i).text();
    return word.length() > 1
        && Character.isUpperCase(word.codePointAt(0))
        && !word.equals(word.toUpperCase(Locale.ROOT))
        && word.codePoints().allMatch(Character::isLetter)
        && !lexicon.systems().contains(lower[i])
        && !lexicon.pronouns().contains(lower[i]);
  }

  private boolean hasDeterminerBefore(int i) {
    return i > 0
        && (lexicon.determiners().contains(lower[i - 1])
            || lexicon.possessivePronouns().contains(lower[i - 1]));
  }

  /** A token written together with the one before it, such as "-jun" in "Min-jun". */
  private boolean isJoined(int i) {
    return i > 0
        && tokens.get(i).start() == tokens.get(i - 1).end()
        && lower[i].startsWith("-")
        && lower[i].length() > 1;
  }

  private boolean isRoleHead(int i, String word) {
    boolean role =
        lexicon.roles().contains(word)
            || (word.endsWith("s")
                && lexicon.roles().contains(word.substring(0, word.length() - 1)));
    if (!role) {
      return false;
    }
    boolean compoundGoesOn =
        i + 1 < tokens.size()
            && !isPossessive(i)
            && !cueWords.contains(lower[i + 1])
            && (reading.tagged(i + 1, "NOUN") || reading.tagged(i + 1, "PROPN"));
    return !compoundGoesOn;
  }

  /** Where a role's noun phrase starts: its determiner or possessive, or -1 without one. */
  private int roleStart(int head) {
    for (int j = head - 1; j >= 0 && j >= head - 4; j--) {
      if (lexicon.determiners().contains(lower[j])) {
        return j;
      }
      if (mentionAt[j] != null && mentionAt[j].possessive()) {
        return mentionAt[j].start();
      }
      boolean modifier =
          reading.tagged(j, "NOUN")
              || reading.tagged(j, "ADJ")
              || reading.tagged(j, "PROPN")
              || reading.tagged(j, "VERB")
              || lower[j].contains("-");
      if (!modifier) {
        break;
      }
    }
    boolean plural = lower[head].endsWith("s") && !lower[head].endsWith("'s");
    return plural || head == 0 ? head : -1;
  }

  private void mark(int start, int end, boolean possessive) {
    PersonMention mention = new PersonMention(start, end, possessive);
    for (int i = start; i < end; i++) {
      mentionAt[i] = mention;
    }
  }
}
