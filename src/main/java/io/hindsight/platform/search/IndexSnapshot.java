package io.hindsight.platform.search;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The documents of a {@link FullTextIndex} at one moment, their postings and field lengths. */
record IndexSnapshot(
    Map<DocumentRef, IndexedDocument> documents,
    Map<String, Set<DocumentRef>> postings,
    Map<String, Double> averageLengths) {

  static IndexSnapshot of(Map<DocumentRef, IndexedDocument> documents) {
    Map<String, Set<DocumentRef>> postings = new HashMap<>();
    Map<String, Long> totalLengths = new HashMap<>();
    for (IndexedDocument document : documents.values()) {
      for (String term : document.terms()) {
        postings.computeIfAbsent(term, ignored -> new HashSet<>()).add(document.ref());
      }
      for (String field : document.fields().keySet()) {
        totalLengths.merge(field, (long) document.length(field), Long::sum);
      }
    }
    Map<String, Double> averages = new HashMap<>();
    totalLengths.forEach(
        (field, total) -> averages.put(field, Math.max(1.0, (double) total / documents.size())));
    postings.replaceAll((term, refs) -> Collections.unmodifiableSet(refs));
    return new IndexSnapshot(
        Collections.unmodifiableMap(documents),
        Collections.unmodifiableMap(postings),
        Collections.unmodifiableMap(averages));
  }

  double averageLength(String field) {
    return averageLengths.getOrDefault(field, 1.0);
  }
}
