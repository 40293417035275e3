package io.hindsight.postmortem.application;

import io.hindsight.platform.markdown.MarkdownPlainText;
import io.hindsight.platform.search.DocumentRef;
import io.hindsight.platform.search.FieldWeights;
import io.hindsight.platform.search.FullTextQuery;
import io.hindsight.platform.search.SearchDocuments;
import io.hindsight.platform.search.SearchHit;
import io.hindsight.platform.search.SearchText;
import io.hindsight.postmortem.domain.ContributingFactor;
import io.hindsight.postmortem.domain.Postmortem;
import io.hindsight.postmortem.domain.PostmortemKey;
import io.hindsight.security.domain.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
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

  private final AtomicBoolean backfilled = new AtomicBoolean();

  @Inject Postmortems postmortems;
  @Inject PostmortemActionItems actionItems;
  @Inject SearchDocuments documents;

  /** A matching post-mortem and where it matched. */
  public record Hit(Postmortem postmortem, SearchHit hit) {}

  void changed(@Observes PostmortemChanged event) {
    postmortems.find(event.key()).ifPresent(postmortem -> documents.put(text(postmortem)));
  }

  @Transactional
  public List<Hit> search(String query, int limit, Caller caller) {
    indexMissing();
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

  /**
   * Indexes, once per node, the post-mortems saved before the shared index existed; later ones are
   * indexed as they are saved.
   */
  private void indexMissing() {
    if (backfilled.get()) {
      return;
    }
    Set<String> indexed = documents.references(KIND);
    for (String key : postmortems.allKeys()) {
      if (!indexed.contains(key)) {
        PostmortemKey.parse(key)
            .flatMap(postmortems::find)
            .ifPresent(postmortem -> documents.put(text(postmortem)));
      }
    }
    backfilled.set(true);
  }

  private SearchText text(Postmortem postmortem) {
    String body =
        postmortem.sections().values().stream()
            .filter(text -> !text.isBlank())
            .map(MarkdownPlainText::of)
            .collect(Collectors.joining("\n"));
    String factors =
        postmortem.factors().stream()
            .map(ContributingFactor::description)
            .collect(Collectors.joining("\n"));
    String actions =
        actionItems.of(postmortem.id()).stream()
            .map(ActionItemSummary::title)
            .collect(Collectors.joining("\n"));
    return new SearchText(
        new DocumentRef(KIND, postmortem.key().value()),
        postmortem.key().incident().value(),
        postmortem.title(),
        actions,
        "",
        body + (factors.isEmpty() ? "" : "\n" + factors));
  }
}
