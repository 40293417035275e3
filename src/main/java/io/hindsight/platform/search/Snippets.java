package io.hindsight.platform.search;

import io.hindsight.platform.search.Snippet.Highlight;
import io.hindsight.platform.search.Tokenizer.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Cuts a snippet from a document: the window of its text where most query terms meet. */
final class Snippets {

  static final int WINDOW = 200;
  private static final int LEAD = 40;
  private static final int SCANNED = 100_000;
  private static final int MAX_MATCHES = 1_000;

  private Snippets() {}

  static Snippet of(Map<String, String> fields, Collection<String> terms, FieldWeights weights) {
    Set<String> wanted = new HashSet<>(terms);
    String preferred = fields.getOrDefault(weights.snippetField(), "");
    List<Token> preferredMatches = matches(preferred, wanted);
    if (!preferredMatches.isEmpty()) {
      return build(preferred, bestStart(preferredMatches), preferredMatches);
    }
    String bestText = preferred;
    List<Token> bestMatches = List.of();
    for (String field : weights.weights().keySet()) {
      String text = fields.getOrDefault(field, "");
      List<Token> matches = matches(text, wanted);
      if (!matches.isEmpty() && (bestMatches.isEmpty() || text.length() > bestText.length())) {
        bestText = text;
        bestMatches = matches;
      }
    }
    return build(bestText, bestMatches.isEmpty() ? 0 : bestStart(bestMatches), bestMatches);
  }

  private static List<Token> matches(String text, Set<String> wanted) {
    String scanned = text.length() > SCANNED ? text.substring(0, SCANNED) : text;
    return Tokenizer.tokens(scanned).stream()
        .filter(token -> wanted.contains(token.term()))
        .limit(MAX_MATCHES)
        .toList();
  }

  /** Where the window with the most distinct matched terms starts, a little before its match. */
  private static int bestStart(List<Token> matches) {
    int bestIndex = 0;
    int bestCount = 0;
    for (int i = 0; i < matches.size(); i++) {
      Set<String> seen = new HashSet<>();
      int limit = matches.get(i).start() + WINDOW - LEAD;
      for (int j = i; j < matches.size() && matches.get(j).end() <= limit; j++) {
        seen.add(matches.get(j).term());
      }
      if (seen.size() > bestCount) {
        bestCount = seen.size();
        bestIndex = i;
      }
    }
    return Math.max(0, matches.get(bestIndex).start() - LEAD);
  }

  private static Snippet build(String text, int from, List<Token> matches) {
    int start = wordStart(text, from);
    int end = Math.min(text.length(), start + WINDOW);
    end = wordEnd(text, end);
    StringBuilder snippet = new StringBuilder(start > 0 ? "…" : "");
    List<Highlight> highlights = new ArrayList<>();
    int at = start;
    for (int[] range : mergedRanges(matches, start, end)) {
      appendCollapsed(text.substring(at, range[0]), snippet);
      int highlightStart = snippet.length();
      snippet.append(text, range[0], range[1]);
      highlights.add(new Highlight(highlightStart, snippet.length()));
      at = range[1];
    }
    appendCollapsed(text.substring(at, end), snippet);
    if (end < text.length()) {
      snippet.append('…');
    }
    return new Snippet(snippet.toString(), highlights);
  }

  private static List<int[]> mergedRanges(List<Token> matches, int start, int end) {
    List<int[]> ranges = new ArrayList<>();
    for (Token match : matches) {
      if (match.start() < start || match.end() > end) {
        continue;
      }
      int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
      if (last != null && match.start() <= last[1]) {
        last[1] = Math.max(last[1], match.end());
      } else {
        ranges.add(new int[] {match.start(), match.end()});
      }
    }
    return ranges;
  }

  private static void appendCollapsed(String segment, StringBuilder into) {
    String collapsed = segment.replaceAll("\\s+", " ");
    if (into.length() == 0 || into.toString().equals("…")) {
      collapsed = collapsed.stripLeading();
    }
    into.append(collapsed);
  }

  private static int wordStart(String text, int from) {
    int start = Math.min(from, text.length());
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && from - start < 20) {
      start--;
    }
    return start > 0 && Character.isLowSurrogate(text.charAt(start)) ? start - 1 : start;
  }

  private static int wordEnd(String text, int from) {
    int end = from;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && end - from < 20) {
      end++;
    }
    return end < text.length() && Character.isLowSurrogate(text.charAt(end)) ? end + 1 : end;
  }
}
