package io.hindsight.postmortem.application;

import io.hindsight.platform.markdown.MarkdownPlainText;
import io.hindsight.platform.search.DocumentRef;
import io.hindsight.platform.search.FieldWeights;
import io.hindsight.platform.search.FullTextIndex;
import io.hindsight.platform.search.SearchDocument;
import io.hindsight.platform.search.SearchHit;
import io.hindsight.postmortem.domain.ContributingFactor;
import io.hindsight.postmortem.domain.Postmortem;
import io.hindsight.security.domain.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Full-text search over post-mortems: title, every section, contributing factors and action items.
 * The index is rebuilt from the database on the first search after a change is committed; a search
 * only ever returns post-mortems of incidents the caller may see.
 */
@ApplicationScoped
public class PostmortemSearch {

  public static final String KIND = "postmortem";

  private static final FieldWeights WEIGHTS =
      new FieldWeights(Map.of("title", 3.0, "actions", 1.5, "body", 1.0), "body");

  private final FullTextIndex index = new FullTextIndex();
  private final AtomicBoolean stale = new AtomicBoolean(true);

  @Inject Postmortems postmortems;
  @Inject PostmortemActionItems actionItems;

  /** A matching post-mortem and where it matched. */
  public record Hit(Postmortem postmortem, SearchHit hit) {}

  void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) PostmortemChanged event) {
    stale.set(true);
  }

  @Transactional
  public List<Hit> search(String query, int limit, Caller caller) {
    if (stale.getAndSet(false)) {
      index.replaceAll(postmortems.all().stream().map(this::document).toList());
    }
    Map<String, Postmortem> visible =
        postmortems.matching(PostmortemFilter.all(), caller).stream()
            .collect(Collectors.toMap(p -> p.key().value(), p -> p));
    Set<String> keys = visible.keySet();
    return index.search(query, WEIGHTS, limit, ref -> keys.contains(ref.id())).stream()
        .map(hit -> new Hit(visible.get(hit.ref().id()), hit))
        .toList();
  }

  private SearchDocument document(Postmortem postmortem) {
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
    return new SearchDocument(
        new DocumentRef(KIND, postmortem.key().value()),
        Map.of(
            "title",
            postmortem.title(),
            "body",
            body + (factors.isEmpty() ? "" : "\n" + factors),
            "actions",
            actions));
  }
}
