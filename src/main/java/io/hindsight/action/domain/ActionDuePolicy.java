package io.hindsight.action.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;

/** Default due dates by priority: by default 14 days for high, 30 for medium, 90 for low. */
public final class ActionDuePolicy {

  private final Map<ActionPriority, Period> periods;

  private ActionDuePolicy(Map<ActionPriority, Period> periods) {
    this.periods = periods;
  }

  public static ActionDuePolicy standard() {
    Map<ActionPriority, Period> periods = new EnumMap<>(ActionPriority.class);
    periods.put(ActionPriority.HIGH, Period.ofDays(14));
    periods.put(ActionPriority.MEDIUM, Period.ofDays(30));
    periods.put(ActionPriority.LOW, Period.ofDays(90));
    return new ActionDuePolicy(periods);
  }

  /** A copy in which items of {@code priority} are due {@code days} days after creation. */
  public ActionDuePolicy withDays(ActionPriority priority, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("Days until an action item is due cannot be negative.");
    }
    Map<ActionPriority, Period> copy = new EnumMap<>(periods);
    copy.put(priority, Period.ofDays(days));
    return new ActionDuePolicy(copy);
  }

  public LocalDate defaultDueDate(ActionPriority priority, LocalDate today) {
    return today.plus(periods.get(priority));
  }
}
