package io.hindsight.notify.domain;

import io.hindsight.platform.refusal.FieldRefused;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One user's choice for one kind. Escalations and the P0/P1 status-update cadence reach the people
 * on the chain whatever they choose, so they cannot be turned off.
 */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

  /** The user and the kind. */
  @Embeddable
  public static class Id implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "username", length = 64)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 40)
    private NotificationKind kind;

    protected Id() {}

    public Id(String username, NotificationKind kind) {
      this.username = username;
      this.kind = kind;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Id id && id.username.equals(username) && id.kind == kind;
    }

    @Override
    public int hashCode() {
      return Objects.hash(username, kind);
    }
  }

  @EmbeddedId private Id id;

  @Enumerated(EnumType.STRING)
  @Column(name = "mode", nullable = false, length = 20)
  private DeliveryMode mode;

  protected NotificationPreference() {}

  public NotificationPreference(String username, NotificationKind kind, DeliveryMode mode) {
    this.id = new Id(username, kind);
    change(mode);
  }

  /** Refuses {@code mode} for {@code kind} when the kind may not be chosen, or not turned off. */
  public static void check(NotificationKind kind, DeliveryMode mode) {
    if (!kind.choosable()) {
      throw FieldRefused.field(kind.spelling(), "is not a kind you can choose");
    }
    if (mode == DeliveryMode.OFF && kind.mandatory()) {
      throw FieldRefused.field(
          kind.spelling(), "cannot be turned off: it reaches the people on the chain");
    }
    if (mode == DeliveryMode.DIGEST && kind.mandatory()) {
      throw FieldRefused.field(
          kind.spelling(), "cannot wait for a digest: it reaches the people on the chain");
    }
  }

  public void change(DeliveryMode mode) {
    check(id.kind, mode);
    this.mode = mode;
  }

  public NotificationKind kind() {
    return id.kind;
  }

  public DeliveryMode mode() {
    return mode;
  }
}
