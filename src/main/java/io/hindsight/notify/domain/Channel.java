package io.hindsight.notify.domain;

import java.util.Locale;

/** How a notification travels. */
public enum Channel {
  EMAIL,
  CHAT,
  WEBHOOK;

  public String spelling() {
    return name().toLowerCase(Locale.ROOT);
  }
}
