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
 * One user's choice for one kind, per personal channel (email and chat). Escalations and the P0/P1
 * status-update cadence reach the people on the chain whatever they choose, so they cannot be
 * turned off.
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

  /** The email's mode (the only one before preferences were per channel). */
  @Enumerated(EnumType.STRING)
  @Column(name = "mode", nullable = false, length = 20)
  private DeliveryMode mode;

  @Enumerated(EnumType.STRING)
  @Column(name = "chat_mode", nullable = false, length = 20)
  private DeliveryMode chatMode;

  protected NotificationPreference() {}

  public NotificationPreference(String username, NotificationKind kind, DeliveryMode mode) {
    this(username, kind, ChannelModes.all(mode));
  }

  public NotificationPreference(String username, NotificationKind kind, ChannelModes modes) {
    this.id = new Id(username, kind);
    change(modes);
  }

  /**
   * Refuses {@code mode} on every channel for {@code kind}; see {@link #check(NotificationKind,
   * ChannelModes)}.
   */
  public static void check(NotificationKind kind, DeliveryMode mode) {
    check(kind, ChannelModes.all(mode));
  }

  /**
   * Refuses {@code modes} for {@code kind} when the kind may not be chosen, or when a kind that
   * reaches the people on the chain would be turned off or held for a digest on any channel.
   */
  public static void check(NotificationKind kind, ChannelModes modes) {
    if (!kind.choosable()) {
      throw FieldRefused.field(kind.spelling(), "is not a kind you can choose");
    }
    if (!kind.mandatory()) {
      return;
    }
    if (modes.email() == DeliveryMode.DIGEST) {
      throw FieldRefused.field(
          kind.spelling(), "cannot wait for a digest: it reaches the people on the chain");
    }
    if (modes.email() == DeliveryMode.OFF || modes.chat() == DeliveryMode.OFF) {
      throw FieldRefused.field(
          kind.spelling(), "cannot be turned off: it reaches the people on the chain");
    }
  }

  public void change(DeliveryMode mode) {
    change(ChannelModes.all(mode));
  }

  public void change(ChannelModes modes) {
    check(id.kind, modes);
    this.mode = modes.email();
    this.chatMode = modes.chat();
  }

  public NotificationKind kind() {
    return id.kind;
  }

  /** The email's mode. */
  public DeliveryMode mode() {
    return mode;
  }

  public ChannelModes modes() {
    return new ChannelModes(mode, chatMode);
  }
}
