package io.hindsight.review.application;

import io.hindsight.platform.refusal.NotFound;
import io.hindsight.review.domain.ReasonKind;
import io.hindsight.review.domain.ReviewItem;
import io.hindsight.review.domain.ReviewReason;
import io.hindsight.review.domain.ServiceMention;
import io.hindsight.review.domain.ServiceName;
import io.hindsight.runbook.application.RunbookIndexStore;
import io.hindsight.runbook.application.RunbookInspection;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.domain.IndexPages;
import io.hindsight.runbook.domain.IndexedRunbook;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.runbook.domain.SearchableRunbook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A service or infrastructure change, as a deploy pipeline reports it: every runbook that covers
 * the service, by naming it in its front matter ({@code services}) or by mentioning it in its title
 * or text ({@link ServiceMention}), gets a reason "changed: service", due 14 days later, in one
 * transaction. A change reported again under the same reference raises nothing new.
 */
@ApplicationScoped
@Transactional
public class ServiceChanges {

  private static final Logger LOG = Logger.getLogger(ServiceChanges.class.getName());

  @Inject RunbookRepositories repositories;
  @Inject RunbookIndexStore index;
  @Inject RunbookInspection inspection;
  @Inject ReviewItems items;
  @Inject ReviewRefresh refresh;
  @Inject Clock clock;

  /** What the change made due: the runbooks that cover the service, and by when. */
  public record Flagged(ServiceName service, LocalDate due, List<RunbookRef> runbooks) {}

  /**
   * @param reference the pipeline's name for the change (a deploy id, a commit), which makes a
   *     repeated report a no-op; a new one for each report when absent
   */
  public Flagged changed(
      ServiceName service, Optional<String> reference, Optional<String> description) {
    Instant now = clock.instant();
    String source =
        "change:" + service.value() + ":" + reference.orElse(Long.toString(now.toEpochMilli()));
    String label =
        "changed: " + service.value() + description.map(words -> " (" + words + ")").orElse("");
    ServiceMention mention = new ServiceMention(service);
    List<RunbookRef> flagged = new ArrayList<>();
    for (RunbookRepository repository : repositories.registered()) {
      Set<RunbookPath> covering = covering(repository, service, mention);
      if (covering.isEmpty()) {
        continue;
      }
      Map<RunbookPath, ReviewItem> live = items.find(repository.key(), covering);
      live.values().removeIf(ReviewItem::isGone);
      Map<Long, List<ReviewReason>> reasons =
          items.reasons(live.values().stream().map(ReviewItem::id).toList());
      boolean any = false;
      for (RunbookPath path : covering) {
        ReviewItem item = live.get(path);
        if (item == null) {
          continue;
        }
        flagged.add(new RunbookRef(repository.key(), path));
        boolean raised =
            reasons.getOrDefault(item.id(), List.of()).stream()
                .anyMatch(
                    reason ->
                        reason.kind() == ReasonKind.CHANGE && reason.sourceKey().equals(source));
        if (!raised) {
          items.add(
              new ReviewReason(item.id(), ReasonKind.CHANGE, source, label, Optional.empty(), now));
          any = true;
        }
      }
      if (any) {
        items.flush();
        refresh.repository(repository.key());
      }
    }
    return new Flagged(
        service, ReasonKind.CHANGE.dueAfter(LocalDate.ofInstant(now, ZoneOffset.UTC)), flagged);
  }

  /**
   * The runbooks of a repository (its index pages left out) that name the service in their front
   * matter, then those that mention it in their text, each once, in path order within each.
   */
  private Set<RunbookPath> covering(
      RunbookRepository repository, ServiceName service, ServiceMention mention) {
    Set<RunbookPath> paths = new LinkedHashSet<>();
    for (IndexedRunbook row : index.of(repository.id())) {
      if (!row.isIndex() && row.services().stream().anyMatch(service::isNamedBy)) {
        paths.add(row.path());
      }
    }
    List<SearchableRunbook> texts;
    try {
      texts = inspection.snapshot(repository.key()).searchable();
    } catch (NotFound | UncheckedIOException unreadable) {
      LOG.log(
          Level.WARNING,
          "Runbooks of " + repository.key() + " not read; only their front matter is matched.",
          unreadable);
      return paths;
    }
    for (SearchableRunbook runbook : texts) {
      RunbookPath path = runbook.metadata().path();
      if (!IndexPages.isIndexPage(path) && mention.in(runbook.metadata().title(), runbook.body())) {
        paths.add(path);
      }
    }
    return paths;
  }
}
