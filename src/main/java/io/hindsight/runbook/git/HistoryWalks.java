package io.hindsight.runbook.git;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many walks of commit history this server has made: one per {@link HistoryCommand}, {@link
 * LastChangesCommand} and {@link HistoriesCommand}. Syncs walk history; reading a runbook must not,
 * and a metric over this count shows that it does not.
 */
public final class HistoryWalks {

  private static final AtomicLong WALKS = new AtomicLong();

  private HistoryWalks() {}

  public static long count() {
    return WALKS.get();
  }

  static void counted() {
    WALKS.incrementAndGet();
  }
}
