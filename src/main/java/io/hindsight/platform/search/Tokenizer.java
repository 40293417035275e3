package io.hindsight.platform.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into search terms: runs of letters and digits, lower-cased, common English words
 * dropped, crude suffixes stripped ({@code evicted} and {@code evicts} become {@code evict}). A
 * word in camel case also yields its parts and each pair of neighbouring parts: {@code
 * KubeNodeNotReady} gives {@code kubenodenotready}, {@code kube}, {@code kubenode}, {@code node},
 * {@code nodenot}, {@code not}, {@code notready} and {@code ready}, so that the query {@code
 * NotReady} finds it.
 */
final class Tokenizer {

  private static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "how", "i",
          "if", "in", "into", "is", "it", "its", "of", "on", "or", "our", "so", "that", "the",
          "their", "then", "there", "this", "to", "was", "we", "were", "what", "when", "where",
          "which", "who", "will", "with", "you", "your");

  private static final int MAX_TERM_LENGTH = 64;

  private Tokenizer() {}

  /** A term and where the word it came from is in the text, {@code [start, end)}. */
  record Token(String term, int start, int end) {}

  static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      if (!Character.isLetterOrDigit(codePoint)) {
        i += Character.charCount(codePoint);
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      addWord(text, start, i, tokens);
    }
    return tokens;
  }

  /** The distinct terms of {@code text}, in order of first appearance. */
  static List<String> terms(String text) {
    return tokens(text).stream().map(Token::term).distinct().toList();
  }

  private static void addWord(String text, int start, int end, List<Token> into) {
    String word = text.substring(start, end);
    add(word, start, end, into);
    List<int[]> parts = camelCaseParts(word);
    if (parts.size() > 1) {
      for (int i = 0; i < parts.size(); i++) {
        int[] part = parts.get(i);
        add(word.substring(part[0], part[1]), start + part[0], start + part[1], into);
        if (parts.size() > 2 && i + 1 < parts.size()) {
          int pairEnd = parts.get(i + 1)[1];
          add(word.substring(part[0], pairEnd), start + part[0], start + pairEnd, into);
        }
      }
    }
  }

  private static void add(String word, int start, int end, List<Token> into) {
    String term = stem(word.toLowerCase(Locale.ROOT));
    if (!term.isEmpty() && term.length() <= MAX_TERM_LENGTH && !STOP_WORDS.contains(term)) {
      into.add(new Token(term, start, end));
    }
  }

  /** Parts split before an upper-case letter that follows a lower-case one or a digit. */
  private static List<int[]> camelCaseParts(String word) {
    List<int[]> parts = new ArrayList<>();
    int partStart = 0;
    for (int i = 1; i < word.length(); i++) {
      char previous = word.charAt(i - 1);
      char current = word.charAt(i);
      boolean lowerToUpper = Character.isLowerCase(previous) && Character.isUpperCase(current);
      boolean acronymEnd =
          Character.isUpperCase(previous)
              && Character.isUpperCase(current)
              && i + 1 < word.length()
              && Character.isLowerCase(word.charAt(i + 1));
      if (lowerToUpper || acronymEnd) {
        parts.add(new int[] {partStart, i});
        partStart = i;
      }
    }
    parts.add(new int[] {partStart, word.length()});
    return parts;
  }

  static String stem(String word) {
    String stem = stripSuffix(word);
    return stem.length() > 4 && stem.endsWith("e") ? stem.substring(0, stem.length() - 1) : stem;
  }

  private static String stripSuffix(String word) {
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 5 && word.endsWith("ing")) {
      return word.substring(0, word.length() - 3);
    }
    if (word.length() > 4 && word.endsWith("ed")) {
      return word.substring(0, word.length() - 2);
    }
    if (word.length() > 3
        && word.endsWith("s")
        && !word.endsWith("ss")
        && !word.endsWith("us")
        && !word.endsWith("is")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }
}
