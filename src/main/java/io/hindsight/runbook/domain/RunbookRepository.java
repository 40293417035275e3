package io.hindsight.runbook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.OptimisticLock;

/**
 * A registered runbook repository: where its remote is, which branch and folder hold runbooks, its
 * encrypted credentials, and how its last synchronisation went. A repository without a remote is
 * local: its bare clone is the source (the sample repository).
 */
@Entity
@Table(name = "runbook_repository")
public class RunbookRepository {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "repo_key", nullable = false, length = 40, updatable = false)
  private String key;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "remote_url", length = 2000)
  private String remoteUrl;

  @Column(name = "branch", nullable = false, length = 255)
  private String branch;

  @Column(name = "runbook_folder", nullable = false, length = 1024)
  private String folder;

  @Enumerated(EnumType.STRING)
  @Column(name = "credential_kind", nullable = false, length = 10)
  private CredentialKind credentialKind;

  @Column(name = "credential_secret", length = 4000)
  private String sealedCredential;

  @Column(name = "webhook_secret", nullable = false, length = 400)
  private String sealedWebhookSecret;

  @OptimisticLock(excluded = true)
  @Enumerated(EnumType.STRING)
  @Column(name = "sync_state", nullable = false, length = 10)
  private SyncState syncState;

  @OptimisticLock(excluded = true)
  @Column(name = "indexed_commit", length = 40)
  private String indexedCommit;

  @OptimisticLock(excluded = true)
  @Column(name = "indexed_at")
  private Instant indexedAt;

  @OptimisticLock(excluded = true)
  @Column(name = "last_sync_at")
  private Instant lastSyncAt;

  @OptimisticLock(excluded = true)
  @Column(name = "last_sync_error", length = 4000)
  private String lastSyncError;

  @OptimisticLock(excluded = true)
  @Column(name = "last_sync_failure", length = 20)
  private String lastSyncFailure;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected RunbookRepository() {}

  public RunbookRepository(
      RepositoryKey key,
      String name,
      Optional<RemoteUrl> remote,
      String branch,
      RunbookFolder folder,
      String sealedWebhookSecret,
      Instant now) {
    this.key = key.value();
    this.sealedWebhookSecret = sealedWebhookSecret;
    this.createdAt = now;
    this.syncState = SyncState.NEVER;
    this.credentialKind = CredentialKind.NONE;
    describe(name, remote, branch, folder);
  }

  /**
   * Changes where the runbooks are read from. A new remote, branch or folder makes the index start
   * over: the next sync reads every file, as the first one did.
   */
  public void describe(
      String name, Optional<RemoteUrl> remote, String branch, RunbookFolder folder) {
    String newRemote = remote.map(RemoteUrl::value).orElse(null);
    if (this.branch != null
        && (!Objects.equals(remoteUrl, newRemote)
            || !this.branch.equals(branch)
            || !this.folder.equals(folder.value()))) {
      indexedCommit = null;
    }
    this.name = name;
    this.remoteUrl = remote.map(RemoteUrl::value).orElse(null);
    this.branch = branch;
    this.folder = folder.value();
  }

  public void useCredential(CredentialKind kind, Optional<String> secret) {
    this.credentialKind = kind;
    this.sealedCredential = kind == CredentialKind.NONE ? null : secret.orElse(null);
  }

  public void syncStarted() {
    syncState = SyncState.SYNCING;
  }

  public void syncSucceeded(String commit, Instant now) {
    syncState = SyncState.OK;
    indexedCommit = commit;
    indexedAt = now;
    lastSyncAt = now;
    lastSyncError = null;
    lastSyncFailure = null;
  }

  /** A failed sync: its category, shown to everyone, and what went wrong, shown to admins. */
  public void syncFailed(SyncFailure failure, String error, Instant now) {
    syncState = SyncState.FAILED;
    lastSyncAt = now;
    lastSyncFailure = failure.name();
    lastSyncError = error.length() > 4000 ? error.substring(0, 4000) : error;
  }

  public Long id() {
    return id;
  }

  public RepositoryKey key() {
    return RepositoryKey.of(key);
  }

  public String name() {
    return name;
  }

  public Optional<RemoteUrl> remote() {
    return Optional.ofNullable(remoteUrl).map(RemoteUrl::of);
  }

  public String branch() {
    return branch;
  }

  public RunbookFolder folder() {
    return new RunbookFolder(folder);
  }

  public CredentialKind credentialKind() {
    return credentialKind;
  }

  public Optional<String> sealedCredential() {
    return Optional.ofNullable(sealedCredential);
  }

  /** A new webhook secret (sealed); the old one stops verifying pushes at once. */
  public void replaceWebhookSecret(String sealed) {
    this.sealedWebhookSecret = java.util.Objects.requireNonNull(sealed, "sealed");
  }

  public String sealedWebhookSecret() {
    return sealedWebhookSecret;
  }

  public SyncState syncState() {
    return syncState;
  }

  public Optional<String> indexedCommit() {
    return Optional.ofNullable(indexedCommit);
  }

  public Optional<Instant> indexedAt() {
    return Optional.ofNullable(indexedAt);
  }

  public Optional<Instant> lastSyncAt() {
    return Optional.ofNullable(lastSyncAt);
  }

  public Optional<String> lastSyncError() {
    return Optional.ofNullable(lastSyncError);
  }

  /**
   * Why the last sync failed, in a word; {@link SyncFailure#INTERNAL} for failures recorded before
   * categories were.
   */
  public Optional<SyncFailure> lastSyncFailure() {
    if (lastSyncError == null) {
      return Optional.empty();
    }
    return SyncFailure.named(lastSyncFailure).or(() -> Optional.of(SyncFailure.INTERNAL));
  }

  public long version() {
    return version;
  }
}
