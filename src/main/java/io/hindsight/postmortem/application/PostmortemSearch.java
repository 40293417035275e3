package io.hindsight.postmortem.application;

import io.hindsight.platform.search.FieldWeights;
import io.hindsight.platform.search.FullTextQuery;
import io.hindsight.platform.search.SearchDocuments;
import io.hindsight.platform.search.SearchHit;
import io.hindsight.platform.search.SearchText;
import io.hindsight.postmortem.domain.Postmortem;
import io.hindsight.security.domain.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Full-text search over post-mortems: title, every section, contributing factors and action items,
 * in the index every node shares. A post-mortem's document is written in the transaction that saves
 * it or one of its action items; a search only ever returns post-mortems of incidents the caller
 * may see, decided when it runs (a restriction set later counts at once).
 */
@ApplicationScoped
public class PostmortemSearch {

  public static final String KIND = "postmortem";

  private static final FieldWeights WEIGHTS =
      new FieldWeights(
          Map.of(SearchText.TITLE, 3.0, SearchText.KEYWORDS, 1.5, SearchText.BODY, 1.0),
          SearchText.BODY);

  @Inject Postmortems postmortems;
  @Inject SearchDocuments documents;
  @Inject PostmortemSearchTexts texts;
  @Inject PostmortemSearchBackfill backfill;

  /** A matching post-mortem and where it matched. */
  public record Hit(Postmortem postmortem, SearchHit hit) {}

  void changed(@Observes PostmortemChanged event) {
    postmortems.find(event.key()).ifPresent(postmortem -> documents.put(texts.of(postmortem)));
  }

  @Transactional
  public List<Hit> search(String query, int limit, Caller caller) {
    backfill.once();
    List<SearchHit> hits =
        documents.search(
            FullTextQuery.of(KIND, query, WEIGHTS, limit)
                .hiding(new HashSet<>(postmortems.hiddenFrom(caller))));
    Map<String, Postmortem> found =
        postmortems.withKeys(hits.stream().map(hit -> hit.ref().id()).toList()).stream()
            .collect(Collectors.toMap(p -> p.key().value(), Function.identity()));
    return hits.stream()
        .flatMap(
            hit ->
                Optional.ofNullable(found.get(hit.ref().id()))
                    .map(postmortem -> new Hit(postmortem, hit))
                    .stream())
        .toList();
  }
}
