package io.hindsight.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * A bearer token for the API. Only its SHA-256 hash is stored; the secret is shown once, when
 * issued.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "user_id", nullable = false, updatable = false)
  private UserAccount owner;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
  private String tokenHash;

  @Column(name = "display_prefix", nullable = false, length = 16, updatable = false)
  private String displayPrefix;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ApiToken() {}

  public ApiToken(
      UserAccount owner, String name, ApiTokenSecret secret, Instant now, Instant expiresAt) {
    this.owner = owner;
    this.name = name;
    this.tokenHash = secret.hash().hex();
    this.displayPrefix = secret.displayPrefix();
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  public boolean isUsableAt(Instant now) {
    return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt)) && owner.enabled();
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public Long id() {
    return id;
  }

  public UserAccount owner() {
    return owner;
  }

  public String name() {
    return name;
  }

  public String displayPrefix() {
    return displayPrefix;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  public Optional<Instant> lastUsedAt() {
    return Optional.ofNullable(lastUsedAt);
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }
}
