package io.hindsight.runbook.application;

/** How far a running sync is: its phase and, while indexing, files read of files to read. */
public record SyncProgress(SyncPhase phase, int done, int total) {

  /** Told of a sync's progress as it goes. */
  @FunctionalInterface
  public interface Listener {

    Listener NONE = (phase, done, total) -> {};

    void at(SyncPhase phase, int done, int total);
  }
}
