package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.RepositoryKey;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Which repositories are syncing, and for each whether another sync was asked for while it ran: a
 * push that arrives after the running sync fetched is synced right after it, not at the next
 * scheduled run. One sync per repository at a time; several requests meanwhile make one more sync.
 */
final class RunningSyncs {

  private final ConcurrentMap<RepositoryKey, Boolean> againAskedFor = new ConcurrentHashMap<>();

  boolean isRunning(RepositoryKey key) {
    return againAskedFor.containsKey(key);
  }

  /** Takes the turn to sync the repository; false when a sync of it is running. */
  boolean start(RepositoryKey key) {
    return againAskedFor.putIfAbsent(key, false) == null;
  }

  /**
   * Takes the turn to sync the repository, or, when a sync of it is running, asks that one to run
   * once more when it is done.
   *
   * @return whether the caller took the turn and is to sync now
   */
  boolean startOrAskAgain(RepositoryKey key) {
    boolean[] started = {false};
    againAskedFor.compute(
        key,
        (repository, asked) -> {
          started[0] = asked == null;
          return !started[0];
        });
    return started[0];
  }

  /**
   * For the holder of the turn, after a sync: whether it is to sync again because that was asked
   * for meanwhile, keeping the turn; otherwise the turn is given up.
   */
  boolean finishOrRepeat(RepositoryKey key) {
    boolean[] repeat = {false};
    againAskedFor.computeIfPresent(
        key,
        (repository, asked) -> {
          repeat[0] = asked;
          return asked ? false : null;
        });
    return repeat[0];
  }

  /** Gives up the turn whatever was asked for, when a sync ended unexpectedly. */
  void release(RepositoryKey key) {
    againAskedFor.remove(key);
  }
}
