package io.hindsight.platform.search;

import io.hindsight.platform.search.Tokenizer.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A document as indexed: per field, its text, term frequencies and length in terms. */
final class IndexedDocument {

  private final SearchDocument source;
  private final Map<String, Map<String, Integer>> frequencies = new HashMap<>();
  private final Map<String, Integer> lengths = new HashMap<>();

  IndexedDocument(SearchDocument source) {
    this.source = source;
    source
        .fields()
        .forEach(
            (field, text) -> {
              List<Token> tokens = Tokenizer.tokens(text);
              Map<String, Integer> counts = new HashMap<>();
              tokens.forEach(token -> counts.merge(token.term(), 1, Integer::sum));
              frequencies.put(field, counts);
              lengths.put(field, tokens.size());
            });
  }

  DocumentRef ref() {
    return source.ref();
  }

  Map<String, String> fields() {
    return source.fields();
  }

  Iterable<String> terms() {
    return frequencies.values().stream().flatMap(counts -> counts.keySet().stream()).distinct()
        ::iterator;
  }

  int frequency(String field, String term) {
    Map<String, Integer> counts = frequencies.get(field);
    return counts == null ? 0 : counts.getOrDefault(term, 0);
  }

  int length(String field) {
    return lengths.getOrDefault(field, 0);
  }
}
