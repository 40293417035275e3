package io.hindsight.platform.schedule;

import java.time.Duration;

/**
 * How long a node holds a job's lease after taking it: the job's period less a margin, so that no
 * other node runs the job before its next firing, and so that the lease has run out by then for
 * whichever node's timer fires first, the holder's or, when the holder died, another's.
 */
public record LeaseTerm(Duration period) {

  private static final Duration MAX_MARGIN = Duration.ofSeconds(5);

  public LeaseTerm {
    if (period.compareTo(Duration.ofSeconds(2)) < 0) {
      throw new IllegalArgumentException("A scheduled period of at least 2 s, not " + period);
    }
  }

  public static LeaseTerm every(Duration period) {
    return new LeaseTerm(period);
  }

  public Duration hold() {
    Duration tenth = period.dividedBy(10);
    return period.minus(tenth.compareTo(MAX_MARGIN) < 0 ? tenth : MAX_MARGIN);
  }
}
