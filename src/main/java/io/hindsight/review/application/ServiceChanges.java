package io.hindsight.review.application;

import io.hindsight.review.domain.ReasonKind;
import io.hindsight.review.domain.ReviewItem;
import io.hindsight.review.domain.ReviewReason;
import io.hindsight.review.domain.ServiceName;
import io.hindsight.runbook.application.RunbookIndexStore;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.domain.IndexedRunbook;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.runbook.domain.RunbookRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A service or infrastructure change, as a deploy pipeline reports it: every runbook whose front
 * matter names the service ({@code services}) gets a reason "changed: service", due 14 days later,
 * in one transaction. A change reported again under the same reference raises nothing new.
 */
@ApplicationScoped
@Transactional
public class ServiceChanges {

  @Inject RunbookRepositories repositories;
  @Inject RunbookIndexStore index;
  @Inject ReviewItems items;
  @Inject ReviewRefresh refresh;
  @Inject Clock clock;

  /** What the change made due: the runbooks that name the service, and by when. */
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
    List<RunbookRef> flagged = new ArrayList<>();
    for (RunbookRepository repository : repositories.registered()) {
      boolean any = false;
      for (IndexedRunbook row : index.of(repository.id())) {
        if (row.isIndex() || row.services().stream().noneMatch(service::isNamedBy)) {
          continue;
        }
        RunbookRef ref = new RunbookRef(repository.key(), row.path());
        Optional<ReviewItem> item = items.find(ref).filter(found -> !found.isGone());
        if (item.isEmpty()) {
          continue;
        }
        flagged.add(ref);
        boolean raised =
            items.reasons(item.get().id()).stream()
                .anyMatch(
                    reason ->
                        reason.kind() == ReasonKind.CHANGE && reason.sourceKey().equals(source));
        if (!raised) {
          items.add(
              new ReviewReason(
                  item.get().id(), ReasonKind.CHANGE, source, label, Optional.empty(), now));
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
}
