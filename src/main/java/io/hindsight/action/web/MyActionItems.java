package io.hindsight.action.web;

import io.hindsight.action.application.ActionItemFilter;
import io.hindsight.action.application.ActionItemService;
import io.hindsight.action.application.TrackedActionItem;
import io.hindsight.security.application.CallerIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** My open action items, for the home page; the overdue ones marked. */
@Named
@RequestScoped
public class MyActionItems {

  @Inject ActionItemService service;
  @Inject CallerIdentity identity;
  @Inject Clock clock;

  private List<TrackedActionItem> open;

  public List<TrackedActionItem> getOpen() {
    if (open == null) {
      open =
          service
              .list(
                  ActionItemFilter.all().ownedBy(identity.caller().username()).onlyOpen(),
                  identity.caller(),
                  0,
                  ActionItemBoard.LIMIT)
              .items();
    }
    return open;
  }

  public boolean overdue(TrackedActionItem item) {
    return item.item().isOverdue(LocalDate.now(clock));
  }

  public long getOverdueCount() {
    return getOpen().stream().filter(this::overdue).count();
  }
}
