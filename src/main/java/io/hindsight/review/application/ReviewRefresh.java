package io.hindsight.review.application;

import io.hindsight.incident.application.RunbookUseFacts;
import io.hindsight.review.domain.ReviewItem;
import io.hindsight.review.domain.ReviewReason;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.security.application.UserAccounts;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Brings the queue items of a repository up to date, in one transaction that write-locks the
 * repository (two refreshes of it take turns): one item per runbook in the index (an item whose
 * runbook left the index is marked gone), its facts and default assignee, the reasons its facts
 * raise (each fact once), and its due date.
 */
@ApplicationScoped
@Transactional
public class ReviewRefresh {

  @Inject ReviewItems items;
  @Inject ReviewFacts facts;
  @Inject ReviewSignals signals;
  @Inject RunbookRepositories repositories;
  @Inject UserAccounts users;
  @Inject RunbookUseFacts incidents;
  @Inject Clock clock;

  /** The keys of the registered repositories, for a caller that refreshes them one by one. */
  public List<RepositoryKey> repositoryKeys() {
    return repositories.registered().stream().map(RunbookRepository::key).toList();
  }

  public void repository(RepositoryKey key) {
    repositories
        .registeredForUpdate(key)
        .ifPresent(repository -> refresh(repository, Optional.empty()));
  }

  public void runbook(RunbookRef runbook) {
    repositories
        .registeredForUpdate(runbook.repository())
        .ifPresent(repository -> refresh(repository, Optional.of(runbook.path())));
  }

  /**
   * The runbooks an incident used, in a transaction of its own: called after the resolving
   * transaction completed.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void incident(Long incidentId) {
    incidents.runbooksUsedIn(incidentId).forEach(this::runbook);
  }

  private void refresh(RunbookRepository repository, Optional<RunbookPath> only) {
    Instant now = clock.instant();
    LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
    Map<RunbookPath, ReviewFacts.Indexed> indexed = facts.of(repository);
    Map<RunbookPath, ReviewItem> existing = new HashMap<>();
    for (ReviewItem item : items.of(repository.key())) {
      if (only.isEmpty() || only.get().equals(item.path())) {
        existing.put(item.path(), item);
      }
    }
    Set<Username> known =
        users.all().stream().map(account -> account.username()).collect(Collectors.toSet());
    Map<RunbookRef, List<ReviewSignals.Raise>> raises = signals.all();
    Map<Long, List<ReviewReason>> reasons =
        items.reasons(existing.values().stream().map(ReviewItem::id).toList());
    for (Map.Entry<RunbookPath, ReviewFacts.Indexed> entry : indexed.entrySet()) {
      if (only.isPresent() && !only.get().equals(entry.getKey())) {
        continue;
      }
      RunbookRef ref = new RunbookRef(repository.key(), entry.getKey());
      ReviewItem item = existing.remove(entry.getKey());
      if (item == null) {
        item = items.add(new ReviewItem(ref, today));
      }
      ReviewFacts.Indexed found = entry.getValue();
      item.describe(found.facts(), known::contains);
      List<ReviewReason> held = new ArrayList<>(reasons.getOrDefault(item.id(), List.of()));
      item.schedule(found.facts(), held, today);
      List<ReviewSignals.Raise> owed = new ArrayList<>(raises.getOrDefault(ref, List.of()));
      owed.addAll(
          ReviewSignals.lint(
              found.errors(), found.facts().headCommit(), found.lastUpdated().orElse(now)));
      raise(item, held, owed);
      item.schedule(found.facts(), held, today);
    }
    existing.values().forEach(ReviewItem::gone);
  }

  private void raise(ReviewItem item, List<ReviewReason> held, List<ReviewSignals.Raise> owed) {
    Set<String> raised = new HashSet<>();
    for (ReviewReason reason : held) {
      raised.add(reason.kind() + ":" + reason.sourceKey());
    }
    Optional<LocalDate> lastReview = item.lastReview().map(last -> last.date());
    for (ReviewSignals.Raise raise : owed) {
      LocalDate day = raise.at().atZone(ZoneOffset.UTC).toLocalDate();
      boolean afterReview = lastReview.isEmpty() || !day.isBefore(lastReview.get());
      if ((raise.whileOpen() || afterReview)
          && raised.add(raise.kind() + ":" + raise.sourceKey())) {
        held.add(
            items.add(
                new ReviewReason(
                    item.id(),
                    raise.kind(),
                    raise.sourceKey(),
                    raise.label(),
                    raise.link(),
                    raise.at())));
      }
    }
  }
}
