package io.hindsight.notify.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * When the reminder sweep next looks at one subject: the start of its next reminder, worked out
 * from one version of the subject. A newer version of the subject makes the row stale.
 */
@MappedSuperclass
public abstract class NextLook {

  @Column(name = "subject_version", nullable = false)
  private long subjectVersion;

  @Column(name = "next_at", nullable = false)
  private Instant nextAt;

  protected NextLook() {}

  protected NextLook(long subjectVersion, Instant nextAt) {
    this.subjectVersion = subjectVersion;
    this.nextAt = nextAt;
  }

  public void reschedule(long version, Instant next) {
    this.subjectVersion = version;
    this.nextAt = next;
  }

  public Instant nextAt() {
    return nextAt;
  }
}
