package io.hindsight.platform.schedule;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One drain of a queue at a time on this node, for a worker woken by commits and by its timer: a
 * wake-up that finds a drain running makes it drain once more when it ends, so that rows committed
 * while it made its last (empty) claim do not wait for the next tick.
 */
public final class SingleDrain {

  private final ReentrantLock running = new ReentrantLock();
  private final AtomicBoolean asked = new AtomicBoolean();

  /** Drains unless a drain is running, which then drains again once it is done. */
  public void whileAsked(Runnable drain) {
    asked.set(true);
    while (asked.get() && running.tryLock()) {
      try {
        asked.set(false);
        drain.run();
      } finally {
        running.unlock();
      }
    }
  }

  /** Drains after waiting for a drain in progress. */
  public <T> T now(Supplier<T> drain) {
    running.lock();
    try {
      return drain.get();
    } finally {
      running.unlock();
    }
  }
}
