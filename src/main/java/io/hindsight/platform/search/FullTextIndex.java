package io.hindsight.platform.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An in-memory full-text index ranked with BM25 over weighted fields (BM25F).
 *
 * <p>Reads run concurrently on an immutable snapshot; each change builds a new snapshot and
 * replaces the old one at once, so a search sees all of a change or none of it.
 */
public final class FullTextIndex {

  /** Longest query read; the rest is ignored. */
  public static final int MAX_QUERY_LENGTH = 1_000;

  /** Most distinct terms of a query that are searched. */
  public static final int MAX_QUERY_TERMS = 32;

  /** Most hits one search returns. */
  public static final int MAX_LIMIT = 100;

  private static final double K1 = 1.2;
  private static final double B = 0.75;

  private volatile IndexSnapshot snapshot = IndexSnapshot.of(Map.of());

  /** Indexes exactly {@code documents}, dropping everything indexed before. */
  public void replaceAll(Collection<SearchDocument> documents) {
    replace(ref -> true, documents);
  }

  /**
   * Drops the documents {@code replaced} accepts and adds {@code documents}, in one step: to
   * rebuild one kind or one source without touching the others.
   */
  public synchronized void replace(
      Predicate<DocumentRef> replaced, Collection<SearchDocument> documents) {
    Map<DocumentRef, IndexedDocument> indexed = new LinkedHashMap<>(snapshot.documents());
    indexed.keySet().removeIf(replaced);
    documents.forEach(document -> indexed.put(document.ref(), new IndexedDocument(document)));
    snapshot = IndexSnapshot.of(indexed);
  }

  /** Adds {@code document}, or replaces the one with the same reference. */
  public synchronized void put(SearchDocument document) {
    Map<DocumentRef, IndexedDocument> indexed = new LinkedHashMap<>(snapshot.documents());
    indexed.put(document.ref(), new IndexedDocument(document));
    snapshot = IndexSnapshot.of(indexed);
  }

  public synchronized void remove(DocumentRef ref) {
    Map<DocumentRef, IndexedDocument> indexed = new LinkedHashMap<>(snapshot.documents());
    if (indexed.remove(ref) != null) {
      snapshot = IndexSnapshot.of(indexed);
    }
  }

  public int size() {
    return snapshot.documents().size();
  }

  /**
   * The documents matching any term of {@code query}, best first, at most {@code limit} (capped at
   * {@link #MAX_LIMIT}). A query without terms, or a limit below one, finds nothing.
   */
  public List<SearchHit> search(String query, FieldWeights weights, int limit) {
    return search(query, weights, limit, ref -> true);
  }

  /** As {@link #search(String, FieldWeights, int)}, among the documents {@code among} accepts. */
  public List<SearchHit> search(
      String query, FieldWeights weights, int limit, Predicate<DocumentRef> among) {
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(among, "among");
    if (query == null || limit < 1) {
      return List.of();
    }
    String bounded =
        query.length() > MAX_QUERY_LENGTH ? query.substring(0, MAX_QUERY_LENGTH) : query;
    List<String> terms = Tokenizer.terms(bounded).stream().limit(MAX_QUERY_TERMS).toList();
    IndexSnapshot current = snapshot;
    Map<DocumentRef, Double> scores = new HashMap<>();
    for (String term : terms) {
      Set<DocumentRef> matching = current.postings().getOrDefault(term, Set.of());
      double idf = idf(current.documents().size(), matching.size());
      for (DocumentRef ref : matching) {
        if (!among.test(ref)) {
          continue;
        }
        double weighted = weightedFrequency(current, current.documents().get(ref), term, weights);
        if (weighted > 0) {
          scores.merge(ref, idf * weighted * (K1 + 1) / (K1 + weighted), Double::sum);
        }
      }
    }
    List<Map.Entry<DocumentRef, Double>> ranked = new ArrayList<>(scores.entrySet());
    ranked.sort(
        Map.Entry.<DocumentRef, Double>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    return ranked.stream()
        .limit(Math.min(limit, MAX_LIMIT))
        .map(
            entry ->
                new SearchHit(
                    entry.getKey(),
                    entry.getValue(),
                    Snippets.of(current.documents().get(entry.getKey()), terms, weights)))
        .toList();
  }

  private static double weightedFrequency(
      IndexSnapshot index, IndexedDocument document, String term, FieldWeights weights) {
    double sum = 0;
    for (Map.Entry<String, Double> field : weights.weights().entrySet()) {
      int frequency = document.frequency(field.getKey(), term);
      if (frequency > 0) {
        double relativeLength =
            document.length(field.getKey()) / index.averageLength(field.getKey());
        sum += field.getValue() * frequency / (1 - B + B * relativeLength);
      }
    }
    return sum;
  }

  private static double idf(int documents, int matching) {
    return Math.log(1 + (documents - matching + 0.5) / (matching + 0.5));
  }
}
