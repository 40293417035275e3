package io.hindsight.platform.refusal;

/**
 * An update based on an old version of what it changes; carries the version the client should
 * reload.
 */
public final class StaleVersion extends Refusal {

  private static final long serialVersionUID = 1L;

  private final long currentVersion;

  public StaleVersion(String what, long currentVersion) {
    super(
        "Someone else changed "
            + what
            + " after you loaded it (current version "
            + currentVersion
            + "). Reload it and apply your change again.");
    this.currentVersion = currentVersion;
  }

  public long currentVersion() {
    return currentVersion;
  }

  /** Refuses the update unless the client's version is the current one. */
  public static void check(String what, long expected, long current) {
    if (expected != current) {
      throw new StaleVersion(what, current);
    }
  }
}
