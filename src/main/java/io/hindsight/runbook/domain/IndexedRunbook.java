package io.hindsight.runbook.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** One Markdown file of a repository as of its indexed commit. Rewritten by each sync. */
@Entity
@Table(name = "indexed_runbook")
public class IndexedRunbook {

  private static final String TRIGGER_SEPARATOR = "\n";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "repository_id", nullable = false, updatable = false)
  private Long repositoryId;

  @Column(name = "path", nullable = false, length = 1024, updatable = false)
  private String path;

  /** The folder that holds the file, empty at the repository root: for folder navigation. */
  @Column(name = "folder", nullable = false, length = 1024, updatable = false)
  private String folder;

  @Column(name = "blob_id", nullable = false, length = 40)
  private String blobId;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "title", nullable = false, length = 1000)
  private String title;

  @Column(name = "owner", length = 200)
  private String owner;

  @Column(name = "severity", length = 100)
  private String severity;

  @Column(name = "severity_level", length = 20)
  private String severityLevel;

  @Column(name = "purpose", length = 2000)
  private String purpose;

  @Column(name = "metadata_sources", length = 1000)
  private String sources;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "indexed_runbook_service", joinColumns = @JoinColumn(name = "runbook_id"))
  @OrderColumn(name = "position")
  @Column(name = "service", nullable = false, length = 200)
  private List<String> services = new ArrayList<>();

  @Column(name = "triggers", length = 1000000)
  private String triggers;

  @Column(name = "review_interval", length = 100)
  private String reviewInterval;

  @Column(name = "last_reviewed", length = 100)
  private String lastReviewed;

  @Column(name = "last_updated")
  private Instant lastUpdated;

  @Column(name = "last_author", length = 200)
  private String lastAuthor;

  @Column(name = "last_commit", length = 40)
  private String lastCommit;

  @Column(name = "is_index", nullable = false)
  private boolean indexPage;

  @Column(name = "problem", length = 4000)
  private String problem;

  /**
   * What lint found in the file in the last snapshot of the repository read (see {@code
   * RunbookLintColumns}): a {@link LintStatus} name, how many findings, and the ids of their rules
   * as {@code ,broken-link,missing-owner,}; null until a snapshot has been read.
   */
  @Column(name = "lint_state", length = 10)
  private String lintState;

  @Column(name = "lint_findings")
  private Integer lintFindings;

  @Column(name = "lint_rules", length = 1000)
  private String lintRules;

  protected IndexedRunbook() {}

  public IndexedRunbook(Long repositoryId, RunbookIndexEntry entry) {
    this.repositoryId = repositoryId;
    this.path = entry.path().value();
    this.folder = entry.path().directory().orElse("");
    update(entry);
  }

  public void update(RunbookIndexEntry entry) {
    blobId = entry.blobId();
    size = entry.size();
    title = cut(entry.title(), 1000);
    owner = entry.owner().map(value -> cut(value, 200)).orElse(null);
    severity = entry.severity().map(value -> cut(value, 100)).orElse(null);
    severityLevel = entry.severityLevel().map(Enum::name).orElse(null);
    purpose = entry.purpose().map(value -> cut(value, 2000)).orElse(null);
    sources = cut(entry.sources().encode(), 1000);
    services.clear();
    entry.services().stream().map(value -> cut(value, 200)).forEach(services::add);
    triggers = entry.triggers().isEmpty() ? null : String.join(TRIGGER_SEPARATOR, entry.triggers());
    reviewInterval = entry.reviewInterval().map(value -> cut(value, 100)).orElse(null);
    lastReviewed = entry.lastReviewed().map(value -> cut(value, 100)).orElse(null);
    lastUpdated = entry.lastUpdated().orElse(null);
    lastAuthor = entry.lastAuthor().map(value -> cut(value, 200)).orElse(null);
    lastCommit = entry.lastCommit().orElse(null);
    indexPage = entry.isIndex();
    problem = entry.problem().map(value -> cut(value, 4000)).orElse(null);
  }

  private static String cut(String value, int max) {
    return value.length() > max ? value.substring(0, max) : value;
  }

  public Long id() {
    return id;
  }

  public Long repositoryId() {
    return repositoryId;
  }

  public RunbookPath path() {
    return RunbookPath.of(path);
  }

  public String blobId() {
    return blobId;
  }

  public long size() {
    return size;
  }

  public String title() {
    return title;
  }

  public Optional<String> owner() {
    return Optional.ofNullable(owner);
  }

  public Optional<String> severity() {
    return Optional.ofNullable(severity);
  }

  /** The level the written severity names; empty when there is none or it names none. */
  public Optional<RunbookSeverity.Level> severityLevel() {
    return Optional.ofNullable(severityLevel).map(RunbookSeverity.Level::valueOf);
  }

  public Optional<String> purpose() {
    return Optional.ofNullable(purpose);
  }

  public MetadataSources sources() {
    return MetadataSources.decode(sources);
  }

  public List<String> services() {
    return List.copyOf(services);
  }

  public List<String> triggers() {
    return triggers == null ? List.of() : Arrays.asList(triggers.split(TRIGGER_SEPARATOR));
  }

  public Optional<String> reviewInterval() {
    return Optional.ofNullable(reviewInterval);
  }

  public Optional<String> lastReviewed() {
    return Optional.ofNullable(lastReviewed);
  }

  public Optional<Instant> lastUpdated() {
    return Optional.ofNullable(lastUpdated);
  }

  public Optional<String> lastAuthor() {
    return Optional.ofNullable(lastAuthor);
  }

  public Optional<String> lastCommit() {
    return Optional.ofNullable(lastCommit);
  }

  public boolean isIndex() {
    return indexPage;
  }

  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /** The folder that holds the file, empty at the repository root. */
  public String folder() {
    return folder;
  }

  /** How the file fared in lint at the last snapshot read; empty before one was read. */
  public Optional<LintStatus> lintStatus() {
    return Optional.ofNullable(lintState).map(LintStatus::valueOf);
  }

  /** How many lint findings the file had at the last snapshot read; empty before one was read. */
  public Optional<Integer> lintFindings() {
    return Optional.ofNullable(lintFindings);
  }

  /** The lint column value of a rule list: {@code ,broken-link,missing-owner,}, or null. */
  public static String lintRulesColumn(List<String> ruleIds) {
    return ruleIds.isEmpty() ? null : "," + String.join(",", ruleIds) + ",";
  }
}
