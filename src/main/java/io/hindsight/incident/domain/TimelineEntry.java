package io.hindsight.incident.domain;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.security.domain.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One line of an incident's log. Entries are never changed: a correction is a new entry that points
 * at the one it corrects. Entries Hindsight writes itself (escalations) have no author.
 */
@Entity
@Table(name = "incident_entry")
public class TimelineEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "incident_id", nullable = false, updatable = false)
  private Long incidentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20, updatable = false)
  private EntryKind kind;

  @Column(name = "entry_text", nullable = false, length = EntryText.MAX_LENGTH, updatable = false)
  private String text;

  @Column(name = "author", length = 64, updatable = false)
  private Username author;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "corrects_entry_id", updatable = false)
  private Long correctsEntryId;

  protected TimelineEntry() {}

  /**
   * A new entry; {@code corrects} must be an entry of the same incident, checked by the caller.
   * Only notes may be added once the incident is resolved.
   */
  public static TimelineEntry append(
      Incident incident,
      EntryKind kind,
      EntryText text,
      Username author,
      Instant occurredAt,
      TimelineEntry corrects,
      Instant now) {
    if (incident.status() == IncidentStatus.RESOLVED && !kind.allowedAfterResolution()) {
      throw new StateConflict(
          "Incident "
              + incident.key()
              + " is resolved: only notes can be added. Reopen it to log more.");
    }
    if (corrects != null && !java.util.Objects.equals(corrects.incidentId, incident.id())) {
      throw FieldRefused.field("corrects", "must be an entry of this incident");
    }
    TimelineEntry entry = new TimelineEntry();
    entry.incidentId = incident.id();
    entry.kind = kind;
    entry.text = text.value();
    entry.author = author;
    entry.occurredAt = IncidentTimes.notInFuture("occurredAt", occurredAt, now);
    entry.recordedAt = now;
    entry.correctsEntryId = corrects == null ? null : corrects.id;
    return entry;
  }

  /**
   * An entry for a step Hindsight records itself: a lifecycle step by {@code author}, or an
   * escalation without one.
   */
  public static TimelineEntry recorded(
      Incident incident, EntryKind kind, String text, Username author, Instant now) {
    return recorded(incident, kind, text, author, now, now);
  }

  /**
   * An entry for a step taken at {@code occurredAt} and recorded {@code now}: a backdated step
   * takes its place in the log at the time it was taken.
   */
  public static TimelineEntry recorded(
      Incident incident,
      EntryKind kind,
      String text,
      Username author,
      Instant occurredAt,
      Instant now) {
    TimelineEntry entry = new TimelineEntry();
    entry.incidentId = incident.id();
    entry.kind = kind;
    entry.text = text;
    entry.author = author;
    entry.occurredAt = occurredAt;
    entry.recordedAt = now;
    return entry;
  }

  public Long id() {
    return id;
  }

  public Long incidentId() {
    return incidentId;
  }

  public EntryKind kind() {
    return kind;
  }

  public String text() {
    return text;
  }

  public Optional<Username> author() {
    return Optional.ofNullable(author);
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public Optional<Long> correctsEntryId() {
    return Optional.ofNullable(correctsEntryId);
  }
}
