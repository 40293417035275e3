package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.git.HistoryWalks;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Durations of repository syncs, of the Git fetches inside them and of the pushes of merged
 * changes, by repository and outcome.
 */
@ApplicationScoped
public class SyncMetrics {

  /** What is timed: the meter's name and its description. */
  public enum Work {
    SYNC("hindsight.repository.sync", "Runbook repository syncs"),
    FETCH("hindsight.git.fetch", "Git fetches of runbook repositories"),
    PUSH("hindsight.git.push", "Git pushes of merged runbook changes");

    private final String meter;
    private final String description;

    Work(String meter, String description) {
      this.meter = meter;
      this.description = description;
    }
  }

  @Inject MeterRegistry registry;

  /** Counts walks of commit history: syncs make them, runbook views must not. */
  @PostConstruct
  void countHistoryWalks() {
    FunctionCounter.builder("hindsight.git.history.walks", this, metrics -> HistoryWalks.count())
        .description("Walks of commit history (syncs make them; runbook views do not)")
        .register(registry);
  }

  public Stopwatch start(Work work, RepositoryKey key) {
    return new Stopwatch(work, key, System.nanoTime());
  }

  /** One timing, recorded once with its outcome; a stopwatch never stopped records nothing. */
  public final class Stopwatch {
    private final Work work;
    private final RepositoryKey key;
    private final long start;

    private Stopwatch(Work work, RepositoryKey key, long start) {
      this.work = work;
      this.key = key;
      this.start = start;
    }

    public void stop(boolean succeeded) {
      Timer.builder(work.meter)
          .description(work.description)
          .tag("repository", key.value())
          .tag("outcome", succeeded ? "success" : "failure")
          .register(registry)
          .record(Duration.ofNanos(System.nanoTime() - start));
    }
  }
}
