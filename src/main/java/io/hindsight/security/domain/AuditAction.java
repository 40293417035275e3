package io.hindsight.security.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * What was done to an audit subject, in lowercase words joined by hyphens: {@code created}, {@code
 * updated}, {@code removed}, {@code credential-changed}, {@code password-changed}, …
 */
public record AuditAction(String name) {

  public static final AuditAction CREATED = new AuditAction("created");
  public static final AuditAction UPDATED = new AuditAction("updated");
  public static final AuditAction REMOVED = new AuditAction("removed");

  public AuditAction {
    Objects.requireNonNull(name, "name");
    if (!AuditSubject.isKind(name)) {
      throw new IllegalArgumentException("Not an audit action: " + name);
    }
  }

  public static AuditAction of(String name) {
    return new AuditAction(name);
  }

  public static Optional<AuditAction> parse(String raw) {
    return Optional.ofNullable(raw)
        .map(String::strip)
        .filter(AuditSubject::isKind)
        .map(AuditAction::new);
  }

  @Override
  public String toString() {
    return name;
  }
}
