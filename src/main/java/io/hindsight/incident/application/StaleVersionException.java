package io.hindsight.incident.application;

/** An update based on an older version than the stored one. */
public final class StaleVersionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long currentVersion;

  public StaleVersionException(long currentVersion) {
    super(
        "Someone else changed this after you loaded it; the current version is "
            + currentVersion
            + ". Reload it and apply your change again.");
    this.currentVersion = currentVersion;
  }

  public long currentVersion() {
    return currentVersion;
  }
}
