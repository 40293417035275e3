package io.hindsight.review.application;

import java.util.Locale;
import java.util.Optional;

/**
 * How the queue is sorted. Urgency: the earliest due date first (so overdue items lead), then the
 * runbook's severity, then the number of open reasons.
 */
public enum QueueOrder {
  URGENCY("i.dueDate, i.severityRank, i.openReasons desc, i.id"),
  TITLE("lower(i.title), i.id"),
  REPOSITORY("i.runbook.repository, i.runbook.path, i.id"),
  LAST_REVIEW("i.lastReviewDate nulls first, i.id");

  private final String orderBy;

  QueueOrder(String orderBy) {
    this.orderBy = orderBy;
  }

  String orderBy() {
    return orderBy;
  }

  public static Optional<QueueOrder> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String name = raw.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (QueueOrder order : values()) {
      if (order.name().equals(name)) {
        return Optional.of(order);
      }
    }
    return Optional.empty();
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
