package io.hindsight.action.domain;

import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.domain.Username;
import jakarta.persistence.AttributeOverride;
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
import java.time.LocalDate;
import java.util.Optional;

/**
 * An {@link ActionItem} as stored: linked to its post-mortem and, optionally, to one of its
 * contributing factors. Changes go through the domain item and are copied back.
 */
@Entity
@Table(name = "action_item")
public class StoredActionItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "postmortem_id", nullable = false, updatable = false)
  private Long postmortemId;

  @Column(name = "factor_id", length = 12)
  private String factorId;

  @Column(name = "title", nullable = false, length = ActionItemDraft.MAX_TITLE_LENGTH)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20, updatable = false)
  private ActionItemKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "priority", nullable = false, length = 10)
  private ActionPriority priority;

  @Column(name = "owner", nullable = false, length = 64)
  private Username owner;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "tracker_link", length = TrackerLink.MAX_LENGTH)
  private String trackerLink;

  @Embedded
  @AttributeOverride(
      name = "repository",
      column = @Column(name = "runbook_repository", length = 64, updatable = false))
  @AttributeOverride(
      name = "path",
      column = @Column(name = "runbook_path", length = RunbookPath.MAX_LENGTH, updatable = false))
  private RunbookRef runbook;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private ActionItemStatus status;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "wont_do_reason", length = ActionItem.MAX_REASON_LENGTH)
  private String wontDoReason;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 64, updatable = false)
  private Username createdBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected StoredActionItem() {}

  public static StoredActionItem of(
      Long postmortemId,
      Optional<String> factorId,
      ActionItem item,
      Username createdBy,
      Instant now) {
    StoredActionItem stored = new StoredActionItem();
    stored.postmortemId = postmortemId;
    stored.factorId = factorId.orElse(null);
    stored.kind = item.kind();
    stored.runbook = item.runbook().orElse(null);
    stored.createdAt = now;
    stored.createdBy = createdBy;
    stored.apply(item);
    return stored;
  }

  public ActionItem item() {
    return ActionItem.restore(
        title,
        kind,
        priority,
        owner,
        dueDate,
        Optional.ofNullable(trackerLink).map(TrackerLink::new),
        runbook(),
        status,
        Optional.ofNullable(completedAt),
        Optional.ofNullable(wontDoReason));
  }

  /** Copies the item's changed fields; kind and runbook never change. */
  public void apply(ActionItem item) {
    title = item.title();
    priority = item.priority();
    owner = item.owner();
    dueDate = item.dueDate();
    trackerLink = item.trackerLink().map(TrackerLink::value).orElse(null);
    status = item.status();
    completedAt = item.completedAt().orElse(null);
    wontDoReason = item.wontDoReason().orElse(null);
  }

  public void linkFactor(Optional<String> factor) {
    factorId = factor.orElse(null);
  }

  private Optional<RunbookRef> runbook() {
    return Optional.ofNullable(runbook);
  }

  public Long id() {
    return id;
  }

  public Long postmortemId() {
    return postmortemId;
  }

  public Optional<String> factorId() {
    return Optional.ofNullable(factorId);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Username createdBy() {
    return createdBy;
  }

  public long version() {
    return version;
  }
}
