package io.hindsight.postmortem.domain;

import io.hindsight.incident.domain.IncidentKey;
import io.hindsight.incident.domain.Severity;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The post-mortem of one incident: its sections, factors and impact, who writes and who reviews it,
 * where it stands in the review workflow, and its deadline. Every save is a new revision.
 */
@Entity
@Table(name = "postmortem")
public class Postmortem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "postmortem_key", nullable = false, length = 20, updatable = false)
  private String key;

  @Column(name = "incident_id", nullable = false, updatable = false)
  private Long incidentId;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "severity", nullable = false, length = 2)
  private Severity severity;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private PostmortemStatus status;

  @Column(name = "required", nullable = false)
  private boolean required;

  @Column(name = "template_version", nullable = false, updatable = false)
  private int templateVersion;

  @Column(name = "resolved_at", nullable = false)
  private Instant resolvedAt;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 64)
  private Username updatedBy;

  @Column(name = "revision", nullable = false)
  private int revision;

  @Embedded private ImpactFigures impact = ImpactFigures.unknown();

  @Column(name = "waive_reason", length = PostmortemWorkflow.MAX_TEXT_LENGTH)
  private String waiveReason;

  @Column(name = "review_note", length = PostmortemWorkflow.MAX_TEXT_LENGTH)
  private String reviewNote;

  @Embedded private PostmortemText text;

  @Embedded private Authorship authorship = new Authorship();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Postmortem() {}

  /** A new draft: revision 1, the template's sections prefilled where given. */
  public static Postmortem open(
      IncidentKey incident,
      Long incidentId,
      String title,
      Severity severity,
      boolean required,
      PostmortemTemplate template,
      PostmortemDeadline deadline,
      Set<Username> authors,
      Map<SectionKey, String> prefilled,
      Instant now) {
    Postmortem postmortem = new Postmortem();
    postmortem.key = PostmortemKey.of(incident).value();
    postmortem.incidentId = incidentId;
    postmortem.title = title;
    postmortem.severity = severity;
    postmortem.required = required;
    postmortem.status = PostmortemStatus.DRAFT;
    postmortem.templateVersion = template.version();
    postmortem.resolvedAt = deadline.resolvedAt();
    postmortem.dueAt = deadline.dueAt();
    postmortem.createdAt = now;
    postmortem.updatedAt = now;
    postmortem.updatedBy = authors.iterator().next();
    postmortem.revision = 1;
    postmortem.text = PostmortemText.of(template, prefilled);
    postmortem.authorship = Authorship.of(authors);
    return postmortem;
  }

  /**
   * Replaces the content; sections the template does not have are refused. The caller has checked
   * with {@link PostmortemWorkflow#edit} that the edit is allowed.
   */
  public void revise(
      PostmortemTemplate template, PostmortemContent content, Username by, Instant now) {
    if (template.version() != templateVersion) {
      throw new IllegalArgumentException("The post-mortem uses template " + templateVersion);
    }
    text.replace(template, content);
    impact = content.impact();
    authorship.listAuthors(content.authors());
    authorship.wrote(by);
    touch(by, now);
  }

  /** A workflow step: the new status, and the note that goes with it, if any. */
  public void moveTo(PostmortemStatus next, Optional<String> note, Username by, Instant now) {
    status = next;
    switch (next) {
      case CHANGES_REQUESTED -> reviewNote = note.map(String::strip).orElse(null);
      case WAIVED -> waiveReason = note.map(String::strip).orElse(null);
      case IN_REVIEW, PUBLISHED -> reviewNote = null;
      default -> {
        // the other steps carry no note
      }
    }
    touch(by, now);
  }

  public void chooseReviewers(Set<Username> chosen) {
    authorship.chooseReviewers(chosen);
  }

  /**
   * Follows the incident's severity as it is now, and whether a post-mortem is required for it: the
   * waiver rules go by them.
   */
  public void followIncident(Severity incidentSeverity, boolean requiredNow) {
    severity = incidentSeverity;
    required = requiredNow;
  }

  /**
   * A waived post-mortem that its incident's severity now requires is a draft again, due as {@code
   * deadline} says; true when that happened.
   */
  public boolean requiredAgain(PostmortemDeadline deadline, Username by, Instant now) {
    if (status != PostmortemStatus.WAIVED || !required) {
      return false;
    }
    status = PostmortemStatus.DRAFT;
    waiveReason = null;
    rescheduled(deadline);
    touch(by, now);
    return true;
  }

  /** The incident was reopened and resolved again: the deadline counts from the new resolution. */
  public void rescheduled(PostmortemDeadline deadline) {
    resolvedAt = deadline.resolvedAt();
    dueAt = deadline.dueAt();
  }

  private void touch(Username by, Instant now) {
    updatedBy = by;
    updatedAt = now;
    revision++;
  }

  /** The authors, counting everyone who saved content, and the chosen reviewers. */
  public PostmortemParticipants participants() {
    return authorship.participants();
  }

  /** The authors as listed, without those who saved content and were taken off the list. */
  public Set<Username> listedAuthors() {
    return authorship.listedAuthors();
  }

  /** Section content by key; the template gives their order. */
  public Map<SectionKey, String> sections() {
    return text.sections();
  }

  public String section(SectionKey key) {
    return text.section(key);
  }

  public Long id() {
    return id;
  }

  public PostmortemKey key() {
    return PostmortemKey.parse(key).orElseThrow();
  }

  public Long incidentId() {
    return incidentId;
  }

  public String title() {
    return title;
  }

  public Severity severity() {
    return severity;
  }

  public PostmortemStatus status() {
    return status;
  }

  public boolean required() {
    return required;
  }

  public int templateVersion() {
    return templateVersion;
  }

  public Instant resolvedAt() {
    return resolvedAt;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Username updatedBy() {
    return updatedBy;
  }

  public int revision() {
    return revision;
  }

  public ImpactFigures impact() {
    return impact == null ? ImpactFigures.unknown() : impact;
  }

  public Optional<String> waiveReason() {
    return Optional.ofNullable(waiveReason);
  }

  public Optional<String> reviewNote() {
    return Optional.ofNullable(reviewNote);
  }

  public List<ContributingFactor> factors() {
    return text.factors();
  }

  public Set<Long> hiddenEntries() {
    return text.hiddenEntries();
  }

  public Set<String> acknowledged() {
    return text.acknowledged();
  }

  public long version() {
    return version;
  }
}
