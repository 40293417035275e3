package io.hindsight.incident.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last incident number given out in a year. Taken under a row lock, so numbers never repeat.
 */
@Entity
@Table(name = "incident_key_counter")
public class IncidentKeyCounter {

  @Id
  @Column(name = "key_year", nullable = false, updatable = false)
  private int year;

  @Column(name = "last_sequence", nullable = false)
  private int lastSequence;

  protected IncidentKeyCounter() {}

  public IncidentKeyCounter(int year) {
    this.year = year;
  }

  public IncidentKey next() {
    lastSequence++;
    return new IncidentKey(year, lastSequence);
  }
}
