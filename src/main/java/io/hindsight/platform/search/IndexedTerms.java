package io.hindsight.platform.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A document's terms per field, as Hindsight's {@link Tokenizer} reads them, with their
 * frequencies: what both databases index, so that a query's terms match alike on both. Each field's
 * field letter is its rank class (A weighs most by default).
 */
final class IndexedTerms {

  /** The fields in rank-class order: title A, keywords B, summary C, body D. */
  static final Map<String, String> LETTERS =
      Map.of(
          SearchText.TITLE,
          "A",
          SearchText.KEYWORDS,
          "B",
          SearchText.SUMMARY,
          "C",
          SearchText.BODY,
          "D");

  /** Terms beyond this many per field are not indexed (PostgreSQL caps a tsvector at 1 MB). */
  static final int MAX_TERMS_PER_FIELD = 50_000;

  private final Map<String, Map<String, Integer>> frequencies = new LinkedHashMap<>();
  private final Map<String, String> sequences = new LinkedHashMap<>();
  private int count;

  IndexedTerms(SearchText text) {
    text.fields()
        .forEach(
            (field, value) -> {
              Map<String, Integer> counts = new LinkedHashMap<>();
              StringBuilder sequence = new StringBuilder();
              Tokenizer.tokens(value).stream()
                  .limit(MAX_TERMS_PER_FIELD)
                  .forEach(
                      token -> {
                        counts.merge(token.term(), 1, Integer::sum);
                        sequence.append(token.term()).append(' ');
                        count++;
                      });
              frequencies.put(field, counts);
              sequences.put(field, sequence.toString());
            });
  }

  /** Each field's terms and how often each occurs. */
  Map<String, Map<String, Integer>> frequencies() {
    return frequencies;
  }

  /** A field's terms in order, separated by spaces: the text PostgreSQL makes a tsvector of. */
  String sequence(String field) {
    return sequences.getOrDefault(field, "");
  }

  /** How many terms the document has in all its fields. */
  int count() {
    return count;
  }
}
