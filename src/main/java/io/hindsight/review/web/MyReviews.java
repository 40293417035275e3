package io.hindsight.review.web;

import io.hindsight.platform.paging.ResultPage;
import io.hindsight.review.application.QueueFilter;
import io.hindsight.review.application.QueueOrder;
import io.hindsight.review.application.QueueRow;
import io.hindsight.review.application.ReviewQueue;
import io.hindsight.security.application.CallerIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/** The home page card "My reviews due": the five most urgent runbook reviews assigned to me. */
@Named
@RequestScoped
public class MyReviews {

  static final int SHOWN = 5;

  @Inject ReviewQueue queue;
  @Inject CallerIdentity identity;

  private ResultPage<QueueRow> mine;

  private ResultPage<QueueRow> mine() {
    if (mine == null) {
      mine =
          queue.page(
              new QueueFilter(
                  Optional.of(identity.username()),
                  false,
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  false,
                  false,
                  false),
              QueueOrder.URGENCY,
              0,
              SHOWN);
    }
    return mine;
  }

  public List<QueueRow> getDue() {
    return mine().items();
  }

  public long getTotal() {
    return mine().total();
  }

  public long getOverdueCount() {
    return mine().items().stream().filter(QueueRow::overdue).count();
  }
}
