package io.hindsight.review.application;

import io.hindsight.platform.refusal.NotFound;
import io.hindsight.review.domain.RunbookReview;
import io.hindsight.runbook.domain.RunbookRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The reviews done of a runbook, latest first. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewHistory {

  static final int MAX = 100;

  @Inject ReviewItems items;

  public RunbookRef runbookOf(long itemId) {
    return items
        .find(itemId)
        .orElseThrow(() -> new NotFound("No review item " + itemId + "."))
        .runbook();
  }

  public Optional<RunbookReview> review(long id) {
    return items.review(id);
  }

  public List<RunbookReview> of(RunbookRef runbook) {
    return items.reviews(runbook, MAX);
  }
}
