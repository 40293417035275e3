package io.hindsight.security.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A person who signs in to Hindsight, with the roles an admin gave them. */
@Entity
@Table(name = "app_user")
public class UserAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "username", nullable = false, length = 64, updatable = false)
  private Username username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(name = "email", length = 320)
  private String email;

  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Column(name = "demo", nullable = false)
  private boolean demo;

  @Column(name = "password_change_required", nullable = false)
  private boolean passwordChangeRequired;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 20, nullable = false)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected UserAccount() {}

  public UserAccount(
      Username username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.enabled = true;
    this.createdAt = now;
  }

  public Long id() {
    return id;
  }

  public Username username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  /** Where notifications for this user are emailed; empty for none. */
  public void changeEmail(Optional<EmailAddress> address) {
    this.email = address.map(EmailAddress::value).orElse(null);
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean enabled() {
    return enabled;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Set<Role> roles() {
    return Set.copyOf(roles);
  }

  public long version() {
    return version;
  }

  /** The Jakarta Security groups of this user: each role and every role it implies. */
  public Set<String> groups() {
    return roles.stream()
        .flatMap(role -> role.impliedRoles().stream())
        .map(Role::groupName)
        .collect(Collectors.toUnmodifiableSet());
  }

  public void rename(String newDisplayName) {
    this.displayName = newDisplayName;
  }

  /**
   * A fingerprint of the current password hash, kept in sessions: it changes with the password, and
   * reveals nothing of the hash.
   */
  public String credentialStamp() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(("session-stamp:" + passwordHash).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JDK", e);
    }
  }

  /** The same password, hashed anew (a stronger hash at sign-in). */
  public void changePasswordHash(String newHash) {
    this.passwordHash = newHash;
  }

  /** The person chose a new password: it replaces the old one and lifts a required change. */
  public void choosePassword(String newHash) {
    this.passwordHash = newHash;
    this.passwordChangeRequired = false;
  }

  /**
   * An admin set a temporary password: it replaces the old one, and the person must choose their
   * own at the next sign-in.
   */
  public void resetPassword(String temporaryHash) {
    this.passwordHash = temporaryHash;
    this.passwordChangeRequired = true;
  }

  /**
   * The password was made up by Hindsight (the generated administrator password): the person must
   * choose one before doing anything else.
   */
  public void requirePasswordChange() {
    this.passwordChangeRequired = true;
  }

  public boolean passwordChangeRequired() {
    return passwordChangeRequired;
  }

  public void assignRoles(Set<Role> newRoles) {
    this.roles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
  }

  /** A demo account exists only while demo mode is on. */
  public boolean demo() {
    return demo;
  }

  public void markDemo() {
    this.demo = true;
  }

  public void disable() {
    this.enabled = false;
  }

  public void enable() {
    this.enabled = true;
  }
}
