package io.hindsight.notify.domain;

import io.hindsight.security.domain.TokenHash;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The hash of a user's calendar feed secret; the secret itself is shown once and never stored. */
@Entity
@Table(name = "calendar_feed_token")
public class CalendarFeedToken {

  @Id
  @Column(name = "username", length = 64)
  private String username;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected CalendarFeedToken() {}

  public CalendarFeedToken(String username, TokenHash hash, Instant now) {
    this.username = username;
    renew(hash, now);
  }

  public void renew(TokenHash hash, Instant now) {
    this.tokenHash = hash.hex();
    this.createdAt = now;
  }

  public String username() {
    return username;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
