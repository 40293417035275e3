package io.hindsight.action.domain;

import java.util.Collection;
import java.util.Map;
import java.util.OptionalInt;

/**
 * How many action items are done. Items marked won't do were decided against and do not count
 * either way; the percentage is empty when nothing counts.
 */
public record CompletionRate(int done, int wontDo, int total) {

  public static CompletionRate of(Collection<ActionItem> items) {
    int done = 0;
    int wontDo = 0;
    for (ActionItem item : items) {
      if (item.status() == ActionItemStatus.DONE) {
        done++;
      } else if (item.status() == ActionItemStatus.WONT_DO) {
        wontDo++;
      }
    }
    return new CompletionRate(done, wontDo, items.size());
  }

  /** The rate of items counted by status. */
  public static CompletionRate ofCounts(Map<ActionItemStatus, Long> counts) {
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    return new CompletionRate(
        counts.getOrDefault(ActionItemStatus.DONE, 0L).intValue(),
        counts.getOrDefault(ActionItemStatus.WONT_DO, 0L).intValue(),
        (int) total);
  }

  public int remaining() {
    return total - done - wontDo;
  }

  /** Done out of the items not marked won't do, rounded down. */
  public OptionalInt percent() {
    int counted = total - wontDo;
    return counted == 0 ? OptionalInt.empty() : OptionalInt.of(done * 100 / counted);
  }
}
