package io.hindsight.postmortem.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a post-mortem is due: a time after the incident's resolution, counted either on the wall
 * clock or in business hours only. In business-hours mode the time left is counted the same way.
 */
public final class DeadlinePolicy {

  public static final Duration DEFAULT_ALLOWANCE = Duration.ofHours(48);
  public static final Duration DEFAULT_DUE_SOON = Duration.ofHours(12);

  private final Duration allowance;
  private final Duration dueSoonWindow;
  private final Optional<WorkingHours> workingHours;

  private DeadlinePolicy(
      Duration allowance, Duration dueSoonWindow, Optional<WorkingHours> workingHours) {
    this.allowance = positive(allowance, "allowance");
    this.dueSoonWindow = positive(dueSoonWindow, "due soon window");
    this.workingHours = workingHours;
  }

  /** Due 48 hours after resolution, due soon in the last 12 hours. */
  public static DeadlinePolicy standard() {
    return wallClock(DEFAULT_ALLOWANCE);
  }

  public static DeadlinePolicy wallClock(Duration allowance) {
    return new DeadlinePolicy(allowance, DEFAULT_DUE_SOON, Optional.empty());
  }

  public static DeadlinePolicy businessHours(Duration allowance, WorkingHours workingHours) {
    return new DeadlinePolicy(
        allowance, DEFAULT_DUE_SOON, Optional.of(Objects.requireNonNull(workingHours)));
  }

  public DeadlinePolicy withDueSoonWindow(Duration window) {
    return new DeadlinePolicy(allowance, window, workingHours);
  }

  public PostmortemDeadline deadlineFor(Instant resolvedAt) {
    Instant dueAt =
        workingHours
            .map(hours -> hours.plus(resolvedAt, allowance))
            .orElse(resolvedAt.plus(allowance));
    return new PostmortemDeadline(resolvedAt, dueAt, this);
  }

  /**
   * The deadline of a post-mortem opened after the resolution (on request, or once it became
   * required): counted from {@code openedAt}, not from a resolution long past.
   */
  public PostmortemDeadline deadlineFor(Instant resolvedAt, Instant openedAt) {
    Instant from = openedAt.isAfter(resolvedAt) ? openedAt : resolvedAt;
    return new PostmortemDeadline(resolvedAt, deadlineFor(from).dueAt(), this);
  }

  /** The deadline as stored when the post-mortem was opened, counted under this policy. */
  public PostmortemDeadline deadline(Instant resolvedAt, Instant dueAt) {
    return new PostmortemDeadline(resolvedAt, dueAt, this);
  }

  /** Time left until {@code dueAt}, in business hours when the policy counts only those. */
  Duration timeLeft(Instant now, Instant dueAt) {
    if (!now.isBefore(dueAt)) {
      return Duration.ZERO;
    }
    return workingHours
        .map(hours -> hours.between(now, dueAt))
        .orElse(Duration.between(now, dueAt));
  }

  Duration dueSoonWindow() {
    return dueSoonWindow;
  }

  public Duration allowance() {
    return allowance;
  }

  public Optional<WorkingHours> workingHours() {
    return workingHours;
  }

  private static Duration positive(Duration value, String name) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("The " + name + " must be a positive duration.");
    }
    return value;
  }
}
