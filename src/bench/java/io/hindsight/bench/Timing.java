package io.hindsight.bench;

import java.util.Arrays;

/** Wall-clock timing: a few warm-up runs, then the median of the measured runs. */
final class Timing {

  interface Task {
    void run() throws Exception;
  }

  private Timing() {}

  static long medianNanos(int warmups, int runs, Task task) throws Exception {
    for (int i = 0; i < warmups; i++) {
      task.run();
    }
    long[] times = new long[runs];
    for (int i = 0; i < runs; i++) {
      times[i] = nanos(task);
    }
    return median(times);
  }

  /** Runs the tasks in turn for {@code rounds} rounds, untimed. */
  static void warmUp(int rounds, Task... tasks) throws Exception {
    for (int round = 0; round < rounds; round++) {
      for (Task task : tasks) {
        task.run();
      }
    }
  }

  /**
   * Runs the tasks in turn, round after round, so that a noisy machine slows all of them alike;
   * returns the median time of each.
   */
  static long[] interleavedMedians(int warmups, int runs, Task... tasks) throws Exception {
    long[][] times = new long[tasks.length][runs];
    for (int round = 0; round < warmups + runs; round++) {
      for (int t = 0; t < tasks.length; t++) {
        long nanos = nanos(tasks[t]);
        if (round >= warmups) {
          times[t][round - warmups] = nanos;
        }
      }
    }
    long[] medians = new long[tasks.length];
    for (int t = 0; t < tasks.length; t++) {
      medians[t] = median(times[t]);
    }
    return medians;
  }

  static long nanos(Task task) throws Exception {
    long start = System.nanoTime();
    task.run();
    return System.nanoTime() - start;
  }

  static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  static String millis(long nanos) {
    return String.format("%.1f ms", nanos / 1e6);
  }
}
