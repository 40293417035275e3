package io.hindsight.incident.domain;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.domain.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * "This runbook was unclear or wrong at this step", raised during an incident and waiting in the
 * review queue under the label {@code runbook-improvement}.
 */
@Entity
@Table(name = "runbook_feedback")
public class RunbookFeedback {

  public static final String LABEL = "runbook-improvement";
  public static final String OPEN = "OPEN";
  public static final String REJECTED = "REJECTED";
  public static final String FIXED = "FIXED";
  private static final Set<String> ANSWERS = Set.of("ACCEPTED", REJECTED, FIXED);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "incident_id", nullable = false, updatable = false)
  private Long incidentId;

  @Embedded private RunbookRef runbook;

  @Column(name = "step", nullable = false, length = 200, updatable = false)
  private String step;

  @Enumerated(EnumType.STRING)
  @Column(name = "problem", nullable = false, length = 10, updatable = false)
  private RunbookProblem problem;

  @Column(name = "note", nullable = false, length = 4000, updatable = false)
  private String note;

  @Column(name = "label", nullable = false, length = 40, updatable = false)
  private String label;

  @Column(name = "state", nullable = false, length = 20)
  private String state;

  @Column(name = "state_reason", length = 4000)
  private String stateReason;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "author", nullable = false, length = 64, updatable = false)
  private Username author;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected RunbookFeedback() {}

  public RunbookFeedback(
      Incident incident,
      RunbookRef runbook,
      String step,
      RunbookProblem problem,
      String note,
      Username author,
      Instant createdAt) {
    this.incidentId = incident.id();
    this.runbook = Objects.requireNonNull(runbook, "runbook");
    this.step = plain("step", step, 200);
    this.problem = problem;
    if (note == null || note.isBlank()) {
      throw FieldRefused.field("note", "must not be blank");
    }
    if (note.strip().length() > 4000
        || note.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
      throw FieldRefused.field("note", "must be at most 4000 characters of text");
    }
    this.note = note.strip();
    this.label = LABEL;
    this.state = OPEN;
    this.author = author;
    this.createdAt = createdAt;
  }

  private static String plain(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw FieldRefused.field(field, "must not be blank");
    }
    if (value.strip().length() > max || value.chars().anyMatch(Character::isISOControl)) {
      throw FieldRefused.field(field, "must be at most " + max + " plain characters");
    }
    return value.strip();
  }

  /**
   * Answers open feedback: {@code ACCEPTED}, {@code FIXED}, or {@code REJECTED} with a reason.
   *
   * @throws StateConflict when it was answered already
   * @throws FieldRefused for an unknown state or a rejection without a reason
   */
  public void answer(String newState, Optional<String> reason, Instant at) {
    if (!OPEN.equals(state)) {
      throw new StateConflict(
          "This feedback was answered already (" + state.toLowerCase(Locale.ROOT) + ").");
    }
    if (!ANSWERS.contains(newState)) {
      throw FieldRefused.field("state", "must be one of accepted, rejected, fixed");
    }
    String why = reason.map(String::strip).filter(r -> !r.isEmpty()).orElse(null);
    if (REJECTED.equals(newState) && why == null) {
      throw FieldRefused.field("reason", "a rejection needs a reason");
    }
    if (why != null && why.length() > 4000) {
      throw FieldRefused.field("reason", "must be at most 4000 characters");
    }
    state = newState;
    stateReason = why;
    answeredAt = at;
  }

  public Optional<String> stateReason() {
    return Optional.ofNullable(stateReason);
  }

  public Optional<Instant> answeredAt() {
    return Optional.ofNullable(answeredAt);
  }

  /** A merged runbook change answered this feedback. */
  public void fixed() {
    this.state = FIXED;
  }

  public Long incidentId() {
    return incidentId;
  }

  public Long id() {
    return id;
  }

  public RunbookRef runbook() {
    return runbook;
  }

  public RepositoryKey repository() {
    return runbook.repository();
  }

  public RunbookPath path() {
    return runbook.path();
  }

  public String step() {
    return step;
  }

  public RunbookProblem problem() {
    return problem;
  }

  public String note() {
    return note;
  }

  public String label() {
    return label;
  }

  public String state() {
    return state;
  }

  public Username author() {
    return author;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
