package io.hindsight.notify.domain;

import java.util.Locale;
import java.util.Optional;

/** How a user wants one kind of notification. */
public enum DeliveryMode {
  IMMEDIATELY,
  /** Emailed once a day, with the day's other messages of this mode, in one digest. */
  DIGEST,
  OFF;

  public static Optional<DeliveryMode> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    for (DeliveryMode mode : values()) {
      if (mode.name().equalsIgnoreCase(value.strip())) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }

  public String spelling() {
    return name().toLowerCase(Locale.ROOT);
  }
}
