package io.hindsight.postmortem.domain;

import io.hindsight.postmortem.domain.BlameLexicon.FailureVerb;
import io.hindsight.postmortem.domain.EnglishText.Sentence;
import io.hindsight.postmortem.domain.EnglishText.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The sentence check: reads one sentence with its parts of speech and finds a person (a name, an
 * {@code @mention}, a pronoun or a role) who is the subject of a failure, the agent of a failure in
 * the passive voice, the owner of a fault, the subject of a counterfactual, or judged in character.
 * Each finding comes with a rewrite of the sentence about what happened instead of who. Words come
 * from a {@link BlameLexicon}. Thread-safe.
 */
public final class BlameSentences {

  private static final Set<String> BE =
      Set.of(
          "is", "was", "are", "were", "be", "been", "being", "'s", "got", "gets", "get", "seems",
          "seemed", "looks", "looked");
  private static final Set<String> SUBJECT_SKIP =
      Set.of(
          "just",
          "also",
          "then",
          "still",
          "again",
          "even",
          "accidentally",
          "completely",
          "totally",
          "somehow",
          "apparently",
          "simply",
          "basically",
          "clearly",
          "obviously",
          "probably",
          "once",
          "already",
          "actually",
          "really",
          "mistakenly",
          "carelessly",
          "repeatedly",
          "unfortunately",
          "later",
          "first",
          "quickly",
          "never",
          "not",
          "n't",
          "to",
          "have",
          "has",
          "had",
          "did",
          "does",
          "do",
          "was",
          "were",
          "is",
          "are",
          "been",
          "will",
          "would",
          "may",
          "might",
          "must",
          "can",
          "could",
          "tried",
          "decided",
          "chose",
          "managed",
          "seemed",
          "wanted",
          "went",
          "ahead",
          "and",
          "always",
          "often");
  private static final Set<String> CLAUSE_WORDS =
      Set.of(
          "because",
          "which",
          "when",
          "while",
          "after",
          "before",
          "since",
          "although",
          "though",
          "so",
          "but",
          "where",
          "until",
          "unless",
          "as",
          "whereas",
          "once",
          "if");
  private static final List<String> NOT_NAME_TAGS =
      List.of("ADP", "CCONJ", "SCONJ", "AUX", "PART", "NUM", "PUNCT", "SYM");
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the",
          "a",
          "an",
          "this",
          "that",
          "these",
          "those",
          "some",
          "any",
          "each",
          "every",
          "no",
          "all",
          "both",
          "either",
          "neither",
          "another",
          "which",
          "what",
          "whose",
          "such",
          "many",
          "much",
          "few",
          "several",
          "most",
          "other",
          "it",
          "there",
          "here",
          "if",
          "when",
          "while",
          "after",
          "before",
          "nothing",
          "everything",
          "something",
          "everyone",
          "anyone",
          "none",
          "one",
          "two",
          "three",
          "first",
          "next",
          "last",
          "then",
          "now",
          "today",
          "yesterday",
          "had",
          "has",
          "have",
          "did",
          "do",
          "does",
          "was",
          "were",
          "is",
          "are",
          "should",
          "could",
          "would",
          "will",
          "can",
          "may",
          "might",
          "must",
          "only",
          "even",
          "just",
          "also",
          "once",
          "so",
          "but",
          "and",
          "or",
          "because",
          "since",
          "though",
          "although",
          "until",
          "unless",
          "whether",
          "why",
          "how",
          "where",
          "who",
          "whom",
          "please",
          "thanks",
          "yes",
          "never",
          "always",
          "again",
          "still",
          "later",
          "soon",
          "meanwhile",
          "however",
          "finally",
          "for",
          "of",
          "in",
          "on",
          "at",
          "to",
          "from",
          "with",
          "by",
          "about",
          "into",
          "over",
          "under",
          "between",
          "through",
          "during",
          "without",
          "within",
          "per",
          "via",
          "vs",
          "nor",
          "not",
          "as",
          "than");
  private static final List<String> COMMON_ENDINGS =
      List.of(
          "ing", "tion", "sion", "ment", "ness", "ity", "ed", "ly", "age", "ance", "ence", "ure",
          "ism", "ics", "ogy", "ful", "less", "ous", "ive", "able", "ible");
  private static final List<String> NAME_S_ENDINGS =
      List.of("as", "os", "us", "is", "ás", "ós", "ús", "és");
  private static final Set<String> PARTICLES =
      Set.of("up", "out", "over", "back", "off", "down", "to", "at", "for", "into", "about");
  private static final Set<String> RELATIVES = Set.of("that", "which", "who", "whom", "what");
  private static final Set<String> JUDGING_WORDS =
      Set.of(
          "accidentally",
          "mistakenly",
          "carelessly",
          "stupidly",
          "recklessly",
          "blindly",
          "just",
          "simply",
          "completely",
          "totally",
          "anyway",
          "again",
          "even",
          "obviously",
          "clearly");
  private static final Set<String> JUDGING_ADJECTIVES =
      Set.of(
          "bad",
          "wrong",
          "botched",
          "faulty",
          "careless",
          "sloppy",
          "reckless",
          "stupid",
          "silly",
          "lazy",
          "dumb",
          "rushed",
          "untested",
          "negligent");
  private static final Set<String> ON_SUBJECTS = Set.of("it", "that", "this");
  private static final Set<String> ON_SUBJECTS_WITH_BE = Set.of("it's", "that's", "this's");
  private static final java.util.Map<String, String> IRREGULAR_PAST =
      java.util.Map.of(
          "ran",
          "run",
          "read",
          "read",
          "told",
          "tell",
          "thought",
          "think",
          "paid",
          "pay",
          "saw",
          "see",
          "took",
          "take",
          "wrote",
          "write",
          "understood",
          "understand");
  private static final Set<String> COORDINATORS = Set.of("and", "but", "then", "or");
  private static final Set<String> MODALS_SHOULD =
      Set.of("should", "shouldn't", "should've", "ought", "shouldn't've");
  private static final Set<String> MODALS_COULD = Set.of("could", "could've", "might", "might've");
  private static final Set<String> CARE_PHRASES =
      Set.of("be more careful", "be careful", "know better", "pay attention", "take more care");

  private final BlameLexicon lexicon;
  private final EnglishText english;
  private final Set<String> cueWords;

  public BlameSentences(BlameLexicon lexicon, EnglishText english) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.english = Objects.requireNonNull(english, "english");
    Set<String> cues = new HashSet<>();
    lexicon.failureVerbs().forEach(v -> v.forms().forEach(f -> cues.add(f.split(" ")[0])));
    cues.addAll(lexicon.negations());
    cues.addAll(lexicon.faultNouns());
    cues.addAll(lexicon.judgements());
    cues.addAll(lexicon.personJudgements());
    cues.addAll(
        Set.of(
            "without",
            "if",
            "had",
            "should",
            "shouldn't",
            "should've",
            "ought",
            "could",
            "could've",
            "might",
            "must",
            "made",
            "committed",
            "'s",
            "s",
            "did",
            "never",
            "needs",
            "careful",
            "bother",
            "bothered",
            "part",
            "by"));
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
    List<Token> tokens = sentence.tokens();
    if (!mayBlame(tokens)) {
      return List.of();
    }
    String normal = BlameLexicon.normal(text.substring(sentence.start(), sentence.end()));
    for (String exception : lexicon.exceptions()) {
      if (containsWords(normal, exception)) {
        return List.of();
      }
    }
    Reading reading = new Reading(text, sentence, english.tags(sentence), names);
    List<Finding> found = new ArrayList<>();
    reading.possessiveFaults(found);
    reading.attributions(found);
    reading.counterfactuals(found);
    reading.passives(found);
    reading.failures(found);
    reading.judgements(found);
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
      if (lower.equals("on") && previous != null && BE.contains(previous)) {
        return true;
      }
      previous = lower;
    }
    return false;
  }

  private static boolean containsWords(String text, String phrase) {
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

  private record Mention(int start, int end, boolean possessive) {}

  private record Match(FailureVerb verb, int start, int end) {}

  /** One sentence being read: its tokens, tags and the people mentioned in it. */
  private final class Reading {

    private final String text;
    private final Sentence sentence;
    private final List<Token> tokens;
    private final String[] lower;
    private final String[] tags;
    private final Mention[] mentionAt;
    private final Set<String> knownNames;

    Reading(String text, Sentence sentence, List<String> tags, Collection<String> names) {
      this.text = text;
      this.sentence = sentence;
      this.tokens = sentence.tokens();
      this.tags = tags.toArray(String[]::new);
      this.lower = new String[tokens.size()];
      for (int i = 0; i < lower.length; i++) {
        lower[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
      }
      this.knownNames = new HashSet<>();
      for (String name : names) {
        for (String part : name.strip().split("\\s+")) {
          if (!part.isEmpty()) {
            knownNames.add(part);
          }
        }
      }
      this.mentionAt = new Mention[tokens.size()];
      findMentions();
    }

    // ---- people

    private void findMentions() {
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
              && (isJoined(end) || isName(end, tokens.get(end).text()))) {
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
     * noun; any other capitalised word inside a sentence; at the start of a sentence, a word that
     * is followed by a verb or by another name and does not have the ending of a common noun.
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
          || FUNCTION_WORDS.contains(cleanLower)
          || (lexicon.roles().contains(cleanLower) && (i == 0 || hasDeterminerBefore(i)))
          || lexicon.pronouns().contains(cleanLower)
          || lexicon.possessivePronouns().contains(cleanLower)
          || lexicon.determiners().contains(cleanLower)
          || (clean.length() > 1 && clean.equals(clean.toUpperCase(Locale.ROOT)))
          || !clean.codePoints().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')) {
        return false;
      }
      String tag = tags[i];
      boolean startsSentence =
          i == 0 || tags[i - 1].startsWith("PUNCT") && !lower[i - 1].equals(",");
      if (!startsSentence) {
        return true;
      }
      if (NOT_NAME_TAGS.stream().anyMatch(tag::startsWith)) {
        return false;
      }
      if (tag.startsWith("PROPN")) {
        return true;
      }
      if (COMMON_ENDINGS.stream().anyMatch(cleanLower::endsWith)
          || (cleanLower.endsWith("s")
              && !NAME_S_ENDINGS.stream().anyMatch(cleanLower::endsWith))) {
        return false;
      }
      int next = i + 1;
      while (next < tokens.size() && tags[next].startsWith("ADV")) {
        next++;
      }
      return word.endsWith("'s")
          || next < tokens.size()
              && (tags[next].startsWith("VERB")
                  || tags[next].startsWith("AUX")
                  || lower[next].equals("'s")
                  || Character.isUpperCase(tokens.get(next).text().codePointAt(0))
                      && !tags[next].startsWith("PUNCT")
                  || isJoined(next));
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
              && (tags[i + 1].startsWith("NOUN") || tags[i + 1].startsWith("PROPN"));
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
            tags[j].startsWith("NOUN")
                || tags[j].startsWith("ADJ")
                || tags[j].startsWith("PROPN")
                || tags[j].startsWith("VERB")
                || lower[j].contains("-");
        if (!modifier) {
          break;
        }
      }
      boolean plural = lower[head].endsWith("s") && !lower[head].endsWith("'s");
      return plural || head == 0 ? head : -1;
    }

    private void mark(int start, int end, boolean possessive) {
      Mention mention = new Mention(start, end, possessive);
      for (int i = start; i < end; i++) {
        mentionAt[i] = mention;
      }
    }

    private Optional<Mention> mentionEndingAt(int i) {
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
    private Optional<Mention> subjectOf(int verb) {
      int i = verb - 1;
      while (i >= 0) {
        if (mentionAt[i] != null) {
          Mention mention = mentionAt[i];
          return mention.possessive() ? Optional.empty() : Optional.of(mention);
        }
        String word = lower[i];
        if (i > 1 && lower[i - 1].equals("on") && (word.equals("duty") || word.equals("call"))) {
          i -= 2;
          continue;
        }
        if (word.equals(",")) {
          Optional<Mention> beforeAside = subjectBeforeAside(i);
          if (beforeAside.isPresent()) {
            return beforeAside;
          }
        }
        if (word.equals(",") && isAppositionEndingAt(i - 1)) {
          Mention named = mentionAt[i - 1];
          Mention first = mentionAt[named.start() - 2];
          return Optional.of(new Mention(first.start(), i + 1, false));
        }
        if (word.equals("who") || word.equals("that")) {
          return mentionEndingAt(i - 1).filter(m -> !m.possessive());
        }
        if (word.equals(",") && i > 0 && COORDINATORS.contains(lower[i - 1])) {
          i--;
          continue;
        }
        if (COORDINATORS.contains(word) && tags[i].startsWith("CCONJ")) {
          return subjectOfClauseBefore(i);
        }
        boolean skippable =
            SUBJECT_SKIP.contains(word)
                || word.endsWith("n't")
                || tags[i].startsWith("ADV")
                || tags[i].startsWith("AUX")
                || tags[i].startsWith("PART");
        if (!skippable) {
          return Optional.empty();
        }
        i--;
      }
      return Optional.empty();
    }

    /** "Alejandro, who was on call that night, missed…": the person before a relative aside. */
    private Optional<Mention> subjectBeforeAside(int closingComma) {
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
      Optional<Mention> mention = mentionEndingAt(i).filter(m -> !m.possessive());
      if (mention.isEmpty()) {
        return false;
      }
      int before = mention.get().start() - 1;
      return before > 0 && lower[before].equals(",") && mentionEndingAt(before - 1).isPresent();
    }

    private Optional<Mention> subjectOfClauseBefore(int coordinator) {
      int start = coordinator - 1;
      while (start > 0 && !isClauseBoundary(start - 1)) {
        start--;
      }
      for (int i = start; i < coordinator; i++) {
        if (mentionAt[i] != null) {
          Mention mention = mentionAt[i];
          return mention.possessive() ? Optional.empty() : Optional.of(mention);
        }
        if (tags[i].startsWith("NOUN")
            || tags[i].startsWith("PROPN")
            || tags[i].startsWith("PRON")) {
          return Optional.empty();
        }
      }
      return Optional.empty();
    }

    private boolean isClauseBoundary(int i) {
      String tag = tags[i];
      boolean punctuation =
          tag.startsWith("PUNCT") && lower[i].codePoints().noneMatch(Character::isLetter);
      return (punctuation && !lower[i].equals("-") && !lower[i].equals("'"))
          || tag.startsWith("SCONJ")
          || CLAUSE_WORDS.contains(lower[i]);
    }

    /** The first token after {@code from} that ends the clause (or the sentence's length). */
    private int clauseEnd(int from) {
      for (int i = from; i < tokens.size(); i++) {
        if (isClauseBoundary(i)
            || (COORDINATORS.contains(lower[i]) && tags[i].startsWith("CCONJ"))
            || lower[i].equals("without")) {
          return i;
        }
      }
      return tokens.size();
    }

    // ---- constructions

    void possessiveFaults(List<Finding> found) {
      for (int i = 0; i < tokens.size(); i++) {
        Mention mention = mentionAt[i];
        if (mention == null || !mention.possessive() || mention.end() != i + 1) {
          continue;
        }
        int j = i + 1;
        while (j < tokens.size()
            && (lower[j].equals("'s") || lower[j].equals("own") || tags[j].startsWith("ADJ"))) {
          j++;
        }
        int joinedEnd = j;
        while (joinedEnd + 1 < tokens.size()
            && tokens.get(joinedEnd + 1).start() == tokens.get(joinedEnd).end()) {
          joinedEnd++;
        }
        if (j < tokens.size() && joinedEnd > j) {
          String joined = text.substring(tokens.get(j).start(), tokens.get(joinedEnd).end());
          if (lexicon.faultNouns().contains(BlameLexicon.normal(joined))) {
            found.add(possessive(mention.start(), joinedEnd + 1));
            continue;
          }
        }
        boolean judged = false;
        for (int a = i + 1; a < j; a++) {
          judged |= JUDGING_ADJECTIVES.contains(lower[a]);
        }
        if (judged && j < tokens.size() && tags[j].startsWith("NOUN")) {
          int nounEnd = j;
          while (nounEnd + 1 < tokens.size() && tags[nounEnd + 1].startsWith("NOUN")) {
            nounEnd++;
          }
          found.add(possessive(mention.start(), nounEnd + 1));
          continue;
        }
        boolean fault = j < tokens.size() && isFaultNoun(j);
        boolean predicate = j >= tokens.size() || tags[j].startsWith("PUNCT");
        if (fault) {
          found.add(possessive(mention.start(), j + 1));
        } else if ((predicate && faultNounBefore(mention.start()))
            || (j < tokens.size() && lower[j].equals("part") && faultNounBefore(mention.start()))) {
          found.add(possessive(mention.start(), Math.min(j + 1, tokens.size())));
        }
      }
      for (int i = 0; i + 2 < tokens.size(); i++) {
        if (isFaultNoun(i)
            && lower[i + 1].equals("by")
            && mentionAt[i + 2] != null
            && mentionAt[i + 2].start() == i + 2
            && !mentionAt[i + 2].possessive()) {
          found.add(possessive(i, mentionAt[i + 2].end()));
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
      if (!lexicon.faultNouns().contains(lower[i])) {
        return false;
      }
      boolean compound =
          i + 1 < tokens.size() && (tags[i + 1].startsWith("NOUN") || lower[i + 1].equals("-"));
      return !compound;
    }

    private Finding possessive(int start, int end) {
      String replacement;
      boolean subject =
          end < tokens.size() && (tags[end].startsWith("VERB") || tags[end].startsWith("AUX"));
      if (subject && start == 0) {
        replacement = rewrite(start, end, "A change", true);
      } else {
        replacement = "Several conditions in the system lined up to allow this.";
      }
      String question = "Which conditions in the system allowed this to happen?";
      return finding(BlameLexicon.POSSESSIVE_FAULT, start, end, question, replacement);
    }

    /** "It is on the DBA team that…", "that's on Marek": the outcome put on a person. */
    void attributions(List<Finding> found) {
      for (int i = 0; i < tokens.size(); i++) {
        int k;
        int be = i + 1 < tokens.size() && lower[i + 1].equals("one") ? i + 2 : i + 1;
        if (ON_SUBJECTS.contains(lower[i]) && be < tokens.size() && BE.contains(lower[be])) {
          k = be + 1;
        } else if (ON_SUBJECTS_WITH_BE.contains(lower[i])) {
          k = i + 1;
        } else {
          continue;
        }
        while (k < tokens.size() && tags[k].startsWith("ADV") && !lower[k].equals("on")) {
          k++;
        }
        if (k + 1 < tokens.size()
            && lower[k].equals("on")
            && mentionAt[k + 1] != null
            && mentionAt[k + 1].start() == k + 1
            && !mentionAt[k + 1].possessive()) {
          found.add(possessive(i, mentionAt[k + 1].end()));
        }
      }
    }

    void counterfactuals(List<Finding> found) {
      for (int i = 0; i < tokens.size(); i++) {
        String word = lower[i];
        if (word.equals("if") || word.equals("had")) {
          counterfactualIf(i, found);
        } else if (MODALS_SHOULD.contains(word)
            || MODALS_COULD.contains(word)
            || word.equals("must")
            || word.equals("needs")) {
          counterfactualModal(i, found);
        }
      }
    }

    private void counterfactualIf(int i, List<Finding> found) {
      int j = i + 1;
      boolean inverted = lower[i].equals("had");
      if (inverted && i > 0 && !isClauseBoundary(i - 1)) {
        return;
      }
      if (!inverted && j < tokens.size() && lower[j].equals("only")) {
        j++;
      }
      if (j >= tokens.size()
          || mentionAt[j] == null
          || mentionAt[j].start() != j
          || mentionAt[j].possessive()) {
        return;
      }
      Mention mention = mentionAt[j];
      int k = mention.end();
      if (!inverted) {
        if (k >= tokens.size()
            || !(lower[k].equals("had")
                || lower[k].equals("hadn't")
                || lower[k].equals("'d")
                || lower[k].equals("would")
                || lower[k].equals("would've"))) {
          return;
        }
        k++;
      }
      while (k < tokens.size()
          && (tags[k].startsWith("ADV") || tags[k].startsWith("PART") || lower[k].equals("have"))) {
        k++;
      }
      if (k >= tokens.size()) {
        return;
      }
      if (lower[k].equals("been")) {
        if (k + 1 < tokens.size()
            && tags[k + 1].startsWith("VERB")
            && !lower[k + 1].endsWith("ing")) {
          return;
        }
      } else if (!tags[k].startsWith("VERB")) {
        return;
      }
      int end = clauseEnd(k + 1);
      String outcome = didNotHappen(k, end, negatedBetween(mention.end(), k));
      found.add(
          finding(
              BlameLexicon.COUNTERFACTUAL,
              i,
              k + 1,
              "What did the people involved know at the time, and why did their actions make sense to them?",
              outcome));
    }

    private void counterfactualModal(int i, List<Finding> found) {
      Optional<Mention> subject = subjectOf(i);
      if (subject.isEmpty()) {
        return;
      }
      String word = lower[i];
      int k = i + 1;
      if (word.equals("ought") && k < tokens.size() && lower[k].equals("to")) {
        k++;
      }
      boolean contracted = word.endsWith("'ve");
      if (!contracted) {
        String rest = phraseFrom(k, 5);
        for (String care : CARE_PHRASES) {
          if ((rest + " ").startsWith(care + " ")
              || (word.equals("needs") && (rest + " ").startsWith("to " + care + " "))) {
            found.add(
                finding(
                    BlameLexicon.CHARACTER_JUDGEMENT,
                    subject.get().start(),
                    Math.min(k + care.split(" ").length, tokens.size()),
                    "What would make the safe way the easy way, without relying on extra care?",
                    "The process relies on individual care here; what would make it safe by default?"));
            return;
          }
        }
        if (word.equals("must") || word.equals("needs")) {
          return;
        }
        while (k < tokens.size()
            && (lower[k].equals("not") || lower[k].equals("n't") || tags[k].startsWith("ADV"))) {
          k++;
        }
        if (k >= tokens.size() || !(lower[k].equals("have") || lower[k].equals("'ve"))) {
          return;
        }
        k++;
      }
      if (k >= tokens.size()) {
        return;
      }
      if (lower[k].equals("been")
          && k + 1 < tokens.size()
          && tags[k + 1].startsWith("VERB")
          && !lower[k + 1].endsWith("ing")) {
        return;
      }
      boolean should = MODALS_SHOULD.contains(word) || word.startsWith("should");
      if (!should && !lexicon.preventionVerbs().contains(lower[k])) {
        return;
      }
      if (!tags[k].startsWith("VERB") && !lower[k].equals("been")) {
        return;
      }
      int end = clauseEnd(k + 1);
      found.add(
          finding(
              BlameLexicon.COUNTERFACTUAL,
              subject.get().start(),
              k + 1,
              "What did the people involved know at the time, and why did their actions make sense to them?",
              didNotHappen(k, end, negatedBetween(i, k))));
    }

    void passives(List<Finding> found) {
      for (int i = 1; i < tokens.size(); i++) {
        Optional<Match> match = verbAt(i);
        if (match.isEmpty() || !BE.contains(lower[i - 1]) && !tags[i - 1].startsWith("ADV")) {
          continue;
        }
        int aux = i - 1;
        while (aux > 0 && tags[aux].startsWith("ADV")) {
          aux--;
        }
        if (!BE.contains(lower[aux])) {
          continue;
        }
        int limit = Math.min(tokens.size() - 1, match.get().end() + 8);
        for (int by = match.get().end(); by < limit; by++) {
          if (isClauseBoundary(by)) {
            break;
          }
          if (lower[by].equals("by")
              && mentionAt[by + 1] != null
              && mentionAt[by + 1].start() == by + 1
              && !mentionAt[by + 1].possessive()
              && (!match.get().verb().weak()
                  || needed(match.get().verb(), subjectStartOf(aux), looseClauseEnd(by)))) {
            int subjectStart = aux;
            while (subjectStart > 0 && !isClauseBoundary(subjectStart - 1)) {
              subjectStart--;
            }
            String outcome =
                rewriteSpan(
                    subjectStart,
                    mentionAt[by + 1].end(),
                    outcome(
                        match.get().verb(),
                        phrase(subjectStart, aux),
                        match.get().verb().thenVerb() ? "done" : lower[i]));
            found.add(
                finding(
                    BlameLexicon.PASSIVE_FAILURE,
                    i,
                    mentionAt[by + 1].end(),
                    match.get().verb().question(),
                    outcome));
            break;
          }
        }
      }
    }

    void failures(List<Finding> found) {
      for (int i = 0; i < tokens.size(); i++) {
        Optional<Match> match = verbAt(i);
        if (match.isPresent()) {
          failure(match.get(), found);
          continue;
        }
        if (lexicon.negations().contains(lower[i]) || negationOfTwo(i)) {
          negatedDiligence(i, found);
        } else if (lower[i].equals("without")
            && i + 1 < tokens.size()
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

    private void failure(Match match, List<Finding> found) {
      FailureVerb verb = match.verb();
      if (unless(verb, match.end(), looseClauseEnd(match.end()))) {
        return;
      }
      Optional<Mention> subject = subjectOf(match.start());
      if (subject.isEmpty()
          || verb.weak() && !needed(verb, subject.get().end(), looseClauseEnd(match.end()))) {
        return;
      }
      int objectStart = match.end();
      String done = verb.weak() ? Participles.ofPast(lower[match.end() - 1]) : null;
      if (verb.thenVerb()) {
        boolean afterTo = objectStart < tokens.size() && lower[objectStart].equals("to");
        if (afterTo || lower[match.end() - 1].equals("to")) {
          objectStart += afterTo ? 1 : 0;
          afterTo = true;
        }
        if (objectStart < tokens.size() && (afterTo || tags[objectStart].startsWith("VERB"))) {
          done = Participles.of(lower[objectStart]);
          objectStart++;
          while (objectStart < tokens.size() && PARTICLES.contains(lower[objectStart])) {
            done = done + " " + lower[objectStart];
            objectStart++;
          }
        } else if (objectStart < tokens.size() && lower[objectStart].equals("about")) {
          done = "kept in mind";
          objectStart++;
        } else {
          done = "done";
        }
      }
      int end = clauseEnd(objectStart);
      found.add(
          finding(
              BlameLexicon.PERSON_FAILURE,
              subject.get().start(),
              match.end(),
              verb.question(),
              rewriteSpan(
                  subject.get().start(), end, outcomeOf(verb.outcome(), objectStart, end, done))));
    }

    private boolean negationOfTwo(int i) {
      return i + 1 < tokens.size() && lexicon.negations().contains(lower[i] + " " + lower[i + 1]);
    }

    private void negatedDiligence(int i, List<Finding> found) {
      int k = negationOfTwo(i) ? i + 2 : i + 1;
      while (k < tokens.size() && (tags[k].startsWith("ADV") || lower[k].equals("even"))) {
        k++;
      }
      if (k >= tokens.size() || !isDiligence(lower[k])) {
        return;
      }
      Optional<Mention> subject = subjectOf(i);
      if (subject.isEmpty()) {
        return;
      }
      int end = clauseEnd(k + 1);
      String done = Participles.of(base(lower[k]));
      int objectStart = k + 1;
      while (objectStart < end && PARTICLES.contains(lower[objectStart])) {
        done = done + " " + lower[objectStart];
        objectStart++;
      }
      found.add(
          finding(
              BlameLexicon.PERSON_FAILURE,
              subject.get().start(),
              k + 1,
              "What made this step easy to skip, and what would have made it part of the routine?",
              rewriteSpan(
                  subject.get().start(),
                  end,
                  outcomeOf("{object} was not {done}", objectStart, end, done))));
    }

    private boolean isDiligence(String word) {
      return lexicon.diligenceVerbs().contains(word)
          || lexicon.diligenceVerbs().contains(base(word));
    }

    private String base(String word) {
      if (lexicon.diligenceVerbs().contains(word)) {
        return word;
      }
      if (IRREGULAR_PAST.containsKey(word)) {
        return IRREGULAR_PAST.get(word);
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
      while (verb >= 0 && !tags[verb].startsWith("VERB")) {
        if (isClauseBoundary(verb)) {
          return;
        }
        verb--;
      }
      if (verb < 0) {
        return;
      }
      Optional<Mention> subject = subjectOf(verb);
      if (subject.isEmpty()) {
        return;
      }
      String object = phrase(verb + 1, i);
      int end = clauseEnd(i + 2);
      String outcome =
          (object.isEmpty() ? "the change" : object) + " went ahead without " + phrase(i + 1, end);
      found.add(
          finding(
              BlameLexicon.PERSON_FAILURE,
              subject.get().start(),
              i + 2,
              "What made it possible to skip this step, and what would have made it the default?",
              rewriteSpan(subject.get().start(), end, outcome)));
    }

    private int faultObject(int from) {
      for (int j = from; j < tokens.size() && j < from + 4; j++) {
        if (lexicon.faultNouns().contains(lower[j])) {
          return j;
        }
        if (!(tags[j].startsWith("DET")
            || tags[j].startsWith("ADJ")
            || tags[j].startsWith("ADV"))) {
          return -1;
        }
      }
      return -1;
    }

    private void madeMistake(int i, int noun, List<Finding> found) {
      Optional<Mention> subject = subjectOf(i);
      if (subject.isEmpty()) {
        return;
      }
      int objectStart = noun + 1;
      if (objectStart < tokens.size() && tags[objectStart].startsWith("ADP")) {
        objectStart++;
      }
      int end = clauseEnd(objectStart);
      String object = phrase(objectStart, end);
      String outcome = object.isEmpty() ? "something went wrong" : object + " went wrong";
      found.add(
          finding(
              BlameLexicon.PERSON_FAILURE,
              subject.get().start(),
              noun + 1,
              "What about the situation made this action look right at the time?",
              rewriteSpan(subject.get().start(), end, plural(outcome, object))));
    }

    void judgements(List<Finding> found) {
      for (int i = 0; i < tokens.size(); i++) {
        String word = lower[i];
        boolean always = lexicon.judgements().contains(word);
        boolean ofPerson = lexicon.personJudgements().contains(word);
        if (!always && !ofPerson) {
          continue;
        }
        boolean inRole = mentionAt[i] != null;
        boolean predicate = false;
        int be = i - 1;
        while (be >= 0
            && (tags[be].startsWith("ADV")
                || lower[be].equals("so")
                || lower[be].equals("too")
                || lower[be].equals("very"))) {
          be--;
        }
        Optional<Mention> subject = Optional.empty();
        if (be >= 0 && BE.contains(lower[be])) {
          subject = subjectOf(be);
          predicate = true;
        }
        if (!always && !inRole && subject.isEmpty()) {
          continue;
        }
        int start = subject.map(Mention::start).orElse(inRole ? mentionAt[i].start() : i);
        String replacement =
            predicate || inRole
                ? "The process relied on individual care and experience here; what would make it"
                    + " safe by default?"
                : withoutWord(i);
        found.add(
            finding(
                BlameLexicon.CHARACTER_JUDGEMENT,
                start,
                Math.max(i + 1, inRole ? mentionAt[i].end() : i + 1),
                "Which safeguard, check or default would have made this safe without extra care?",
                replacement));
      }
    }

    private String withoutWord(int i) {
      int start = tokens.get(i).start();
      int end = tokens.get(i).end();
      while (end < sentence.end() && text.charAt(end) == ' ') {
        end++;
      }
      String before = text.substring(sentence.start(), start);
      String after = text.substring(end, sentence.end());
      return capitalise(before + after);
    }

    /** "followed the runbook" as "the runbook was not followed", the whole sentence rewritten. */
    private boolean negatedBetween(int from, int to) {
      for (int i = from; i < to && i < tokens.size(); i++) {
        if (lower[i].equals("not") || lower[i].equals("never") || lower[i].contains("n't")) {
          return true;
        }
      }
      return false;
    }

    private String didNotHappen(int verb, int end, boolean negated) {
      if (lower[verb].equals("been")) {
        return "The process relied on individual care here; what would make it safe by default?";
      }
      String done = lower[verb];
      int objectStart = verb + 1;
      while (objectStart < end && PARTICLES.contains(lower[objectStart])) {
        done = done + " " + lower[objectStart];
        objectStart++;
      }
      int clauseStart = verb;
      while (clauseStart > 0 && !isClauseBoundary(clauseStart - 1)) {
        clauseStart--;
      }
      String before = text.substring(sentence.start(), tokens.get(clauseStart).start()).strip();
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
    private String outcomeOf(String template, int from, int end, String done) {
      int nounEnd = nounPhraseEnd(from, end);
      String noun = phrase(from, nounEnd);
      if (!noun.isEmpty()
          && nounEnd < end
          && (tags[nounEnd].startsWith("AUX")
              || tags[nounEnd].startsWith("VERB") && lower[nounEnd].endsWith("ed"))) {
        return "it was not clear at the time that " + phrase(from, end);
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
        String tag = tags[i];
        boolean nominal =
            tag.startsWith("DET")
                || tag.startsWith("ADJ")
                || tag.startsWith("NOUN")
                || tag.startsWith("PROPN")
                || tag.startsWith("NUM")
                || (tag.startsWith("PRON") && !RELATIVES.contains(lower[i]))
                || lower[i].equals("'s")
                || lower[i].contains("-")
                || (i > from
                    && tokens.get(i).start() == tokens.get(i - 1).end()
                    && !tag.startsWith("PUNCT"));
        boolean next =
            i + 1 < end
                && (tags[i + 1].startsWith("NOUN")
                    || tags[i + 1].startsWith("ADJ")
                    || tags[i + 1].startsWith("PROPN"));
        boolean last = i + 1 >= end || tags[i + 1].startsWith("ADP") || isClauseBoundary(i + 1);
        boolean afterNoun =
            i > from && (tags[i - 1].startsWith("NOUN") || tags[i - 1].startsWith("ADJ"));
        boolean verbInPhrase =
            tag.startsWith("VERB")
                && ((i == from && lower[i].endsWith("ing")) || next || (afterNoun && last));
        nominal = nominal || verbInPhrase;
        boolean of =
            lower[i].equals("of")
                && i > from
                && i + 1 < end
                && (tags[i + 1].startsWith("DET")
                    || tags[i + 1].startsWith("NOUN")
                    || tags[i + 1].startsWith("ADJ"));
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
        if (JUDGING_WORDS.contains(lower[i])) {
          continue;
        }
        if (i + 1 < end
            && lower[i].equals("by")
            && (lower[i + 1].equals("mistake") || lower[i + 1].equals("accident"))) {
          i++;
          continue;
        }
        String word = tokens.get(i).text();
        if (lexicon.possessivePronouns().contains(lower[i]) && mentionAt[i] != null) {
          word = "the";
        }
        boolean glued = i > from && tokens.get(i).start() == tokens.get(i - 1).end();
        rest.append(rest.length() == 0 || glued ? "" : " ").append(word);
      }
      return rest.toString();
    }

    // ---- words

    private Optional<Match> verbAt(int i) {
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
          if (matches && i > 0 && lexicon.determiners().contains(lower[i - 1])) {
            matches = false;
          }
          if (matches) {
            return Optional.of(new Match(verb, i, i + words.length));
          }
        }
      }
      return Optional.empty();
    }

    /** Whether one of the words a weak verb needs is in tokens [from, to], "without" included. */
    private boolean needed(FailureVerb verb, int from, int to) {
      for (int i = Math.max(0, from); i <= to && i < tokens.size(); i++) {
        if (verb.needs().contains(lower[i])) {
          return true;
        }
      }
      return false;
    }

    /** Whether one of the words that make a verb no failure is in tokens [from, to]. */
    private boolean unless(FailureVerb verb, int from, int to) {
      for (int i = Math.max(0, from); i <= to && i < tokens.size(); i++) {
        if (verb.unless().contains(lower[i])) {
          return true;
        }
      }
      return false;
    }

    /** Like {@link #clauseEnd}, but "and", "without" and commas do not end the clause. */
    private int looseClauseEnd(int from) {
      for (int i = from; i < tokens.size(); i++) {
        boolean comma = lower[i].equals(",");
        if (!comma && isClauseBoundary(i)) {
          return i;
        }
      }
      return tokens.size();
    }

    private int subjectStartOf(int index) {
      int start = index;
      while (start > 0 && !isClauseBoundary(start - 1)) {
        start--;
      }
      return start;
    }

    private String phraseFrom(int from, int count) {
      StringBuilder phrase = new StringBuilder();
      for (int i = from; i < tokens.size() && i < from + count; i++) {
        phrase.append(i == from ? "" : " ").append(lower[i]);
      }
      return phrase.toString();
    }

    /** The words of tokens [from, to) as written, possessive pronouns made "the". */
    private String phrase(int from, int to) {
      if (from >= to) {
        return "";
      }
      StringBuilder phrase = new StringBuilder();
      for (int i = from; i < to; i++) {
        String word = tokens.get(i).text();
        if (lexicon.possessivePronouns().contains(lower[i]) && mentionAt[i] != null) {
          word = "the";
        }
        if (i > from && tokens.get(i).start() > tokens.get(i - 1).end()) {
          phrase.append(' ');
        }
        phrase.append(word);
      }
      return phrase.toString();
    }

    private String outcome(FailureVerb verb, String object, String done) {
      String what = object.isEmpty() ? "this" : object;
      String outcome =
          verb.outcome().replace("{object}", what).replace("{done}", done == null ? "done" : done);
      return plural(outcome, what);
    }

    private String plural(String outcome, String object) {
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
    private String rewriteSpan(int from, int to, String replacement) {
      int afterIndex = to;
      if (afterIndex < tokens.size()
          && COORDINATORS.contains(lower[afterIndex])
          && afterIndex + 1 < tokens.size()
          && (tags[afterIndex + 1].startsWith("VERB") || tags[afterIndex + 1].startsWith("ADV"))) {
        afterIndex = clauseEnd(afterIndex + 1);
      }
      return rewrite(from, afterIndex, replacement, false);
    }

    private String rewrite(int from, int to, String replacement, boolean keepCase) {
      int start = tokens.get(from).start();
      String before = text.substring(sentence.start(), start);
      String after =
          to < tokens.size() ? text.substring(tokens.get(to).start(), sentence.end()) : "";
      if (to < tokens.size() && to > 0 && tokens.get(to).start() > tokens.get(to - 1).end()) {
        after = " " + after;
      }
      if (to >= tokens.size()) {
        after = "";
      }
      String middle = replacement;
      if (!keepCase && !before.isBlank()) {
        middle = decapitalise(middle);
      }
      String joined = before + middle + after;
      String end = text.substring(sentence.start(), sentence.end()).strip();
      char last = end.isEmpty() ? ' ' : end.charAt(end.length() - 1);
      if (".!?".indexOf(last) >= 0 && !joined.endsWith(String.valueOf(last))) {
        joined = joined.replaceAll("[\\s,;:]+$", "") + last;
      }
      return capitalise(joined);
    }

    private Finding finding(
        String construction, int from, int to, String question, String rewrite) {
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
          construction, start, end, lexicon.constructions().get(construction), question, rewrites);
    }
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
