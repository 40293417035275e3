package io.hindsight.forge.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A review or comment given on a forge to the pull request of a change request: who gave it (their
 * forge login, and the Hindsight user who mapped that login), what it says, and when. {@code key}
 * is the forge's own id of it, so that the same review received twice is kept once.
 */
@Entity
@Table(name = "forge_remark")
public class ForgeRemark {

  public static final int MAX_BODY = 4000;
  public static final int MAX_KEY = 100;
  public static final int MAX_LOGIN = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "change_request_id", nullable = false, updatable = false)
  private long changeRequestId;

  @Column(name = "remark_key", nullable = false, length = MAX_KEY, updatable = false)
  private String key;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20, updatable = false)
  private RemarkKind kind;

  @Column(name = "login", nullable = false, length = MAX_LOGIN, updatable = false)
  private String login;

  @Column(name = "username", length = 64, updatable = false)
  private String username;

  @Column(name = "body", nullable = false, length = MAX_BODY, updatable = false)
  private String body;

  @Column(name = "remarked_at", nullable = false, updatable = false)
  private Instant at;

  protected ForgeRemark() {}

  public ForgeRemark(
      long changeRequestId,
      String key,
      RemarkKind kind,
      String login,
      Optional<String> username,
      String body,
      Instant at) {
    this.changeRequestId = changeRequestId;
    this.key = cut(Objects.requireNonNull(key, "key"), MAX_KEY);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.login = cut(Objects.requireNonNull(login, "login"), MAX_LOGIN);
    this.username = username.orElse(null);
    this.body = cut(body == null ? "" : body, MAX_BODY);
    this.at = Objects.requireNonNull(at, "at");
  }

  private static String cut(String text, int max) {
    return text.length() > max ? text.substring(0, max) : text;
  }

  public long changeRequestId() {
    return changeRequestId;
  }

  public String key() {
    return key;
  }

  public RemarkKind kind() {
    return kind;
  }

  public String login() {
    return login;
  }

  public Optional<String> username() {
    return Optional.ofNullable(username);
  }

  public String body() {
    return body;
  }

  public Instant at() {
    return at;
  }
}
