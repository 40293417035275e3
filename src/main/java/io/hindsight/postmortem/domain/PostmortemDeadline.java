package io.hindsight.postmortem.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A post-mortem's deadline. At the due instant itself no time is left, so it is overdue; it is due
 * soon while strictly less than the policy's window is left.
 */
public final class PostmortemDeadline {

  private final Instant resolvedAt;
  private final Instant dueAt;
  private final DeadlinePolicy policy;

  PostmortemDeadline(Instant resolvedAt, Instant dueAt, DeadlinePolicy policy) {
    this.resolvedAt = resolvedAt;
    this.dueAt = dueAt;
    this.policy = policy;
  }

  public Instant resolvedAt() {
    return resolvedAt;
  }

  public Instant dueAt() {
    return dueAt;
  }

  /** Time left at {@code now}, in business hours if the policy counts those; never negative. */
  public Duration timeLeft(Instant now) {
    return policy.timeLeft(now, dueAt);
  }

  public DueState state(Clock clock, PostmortemStatus status) {
    return stateAt(clock.instant(), status);
  }

  public DueState stateAt(Instant now, PostmortemStatus status) {
    if (status == PostmortemStatus.PUBLISHED) {
      return DueState.DONE;
    }
    if (status == PostmortemStatus.WAIVED) {
      return DueState.WAIVED;
    }
    if (!now.isBefore(dueAt)) {
      return DueState.OVERDUE;
    }
    return timeLeft(now).compareTo(policy.dueSoonWindow()) < 0
        ? DueState.DUE_SOON
        : DueState.NOT_DUE;
  }
}
