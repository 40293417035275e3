package io.hindsight.notify.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a message is on its way: waiting ({@code PENDING}), claimed by a worker ({@code SENDING}),
 * delivered ({@code SENT}), waiting for its next try after a failure ({@code FAILED}), given up
 * after the last attempt ({@code DEAD}), or set aside by an admin ({@code DISCARDED}: the row
 * stays, so that its idempotency key keeps a scheduled reminder from queueing it again).
 */
public enum DeliveryState {
  PENDING,
  SENDING,
  SENT,
  FAILED,
  DEAD,
  DISCARDED,
  /** An email held for its recipient's daily digest. */
  HELD,
  /** A held email that went out in a digest (the digest is a message of its own). */
  DIGESTED;

  public static Optional<DeliveryState> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    for (DeliveryState state : values()) {
      if (state.name().equalsIgnoreCase(value.strip())) {
        return Optional.of(state);
      }
    }
    return Optional.empty();
  }

  /** The state a page or the API names by its label ({@code queued}) or its name, in any case. */
  public static Optional<DeliveryState> ofLabel(String value) {
    if (value == null) {
      return Optional.empty();
    }
    for (DeliveryState state : values()) {
      if (state.label().equalsIgnoreCase(value.strip())) {
        return Optional.of(state);
      }
    }
    return parse(value);
  }

  /** The word pages show: a pending message is "queued". */
  public String label() {
    return this == PENDING ? "queued" : name().toLowerCase(Locale.ROOT);
  }

  /** Not sent yet, and not being sent: an admin may set it aside. */
  public boolean discardable() {
    return this == PENDING || this == HELD || retriable();
  }

  public boolean retriable() {
    return this == FAILED || this == DEAD;
  }
}
