package io.hindsight.forge.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;

/**
 * A runbook repository's forge: its kind, API base URL, project and token (sealed by the caller
 * with the repository's key as context; this class never sees it in clear).
 */
@Entity
@Table(name = "forge_link")
public class ForgeLink {

  @Id
  @Column(name = "repo_key", nullable = false, length = 40, updatable = false)
  private String repository;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 10)
  private ForgeKind kind;

  @Column(name = "api_url", nullable = false, length = 2000)
  private String apiUrl;

  @Column(name = "project", nullable = false, length = 300)
  private String project;

  @Column(name = "token_sealed", nullable = false, length = 1000)
  private String tokenSealed;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ForgeLink() {}

  public ForgeLink(
      String repository,
      ForgeKind kind,
      URI apiUrl,
      ForgeProject project,
      String tokenSealed,
      Instant now) {
    this.repository = repository;
    describe(kind, apiUrl, project, tokenSealed, now);
  }

  public final void describe(
      ForgeKind kind, URI apiUrl, ForgeProject project, String tokenSealed, Instant now) {
    this.kind = kind;
    this.apiUrl = apiUrl.toString();
    this.project = project.value();
    this.tokenSealed = tokenSealed;
    this.updatedAt = now;
  }

  /**
   * Whether a new address needs the token entered again: a token is only ever sent to the host (and
   * port and scheme) it was entered for.
   */
  public boolean sameHost(URI other) {
    URI current = apiUrl();
    return current.getScheme().equalsIgnoreCase(other.getScheme())
        && current.getHost().equalsIgnoreCase(other.getHost())
        && current.getPort() == other.getPort();
  }

  public String repository() {
    return repository;
  }

  public ForgeKind kind() {
    return kind;
  }

  public URI apiUrl() {
    return URI.create(apiUrl);
  }

  public ForgeProject project() {
    return new ForgeProject(project);
  }

  public String tokenSealed() {
    return tokenSealed;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
