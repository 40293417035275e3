package io.hindsight.notify.domain;

import io.hindsight.platform.refusal.FieldRefused;
import java.util.Objects;
import java.util.Optional;

/**
 * How one user gets one kind on each personal channel: by email immediately, in the daily digest or
 * not at all, and as a chat mention immediately or not at all (a digest is an email).
 */
public record ChannelModes(DeliveryMode email, DeliveryMode chat) {

  /** No choice stored: every channel immediately. */
  public static final ChannelModes IMMEDIATELY =
      new ChannelModes(DeliveryMode.IMMEDIATELY, DeliveryMode.IMMEDIATELY);

  public ChannelModes {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(chat, "chat");
    if (chat == DeliveryMode.DIGEST) {
      throw FieldRefused.field("chat", "must be immediately or off: a digest is an email");
    }
  }

  /**
   * One mode for every channel, as a single choice always meant: a digest is emailed, so the chat
   * mention is off with it.
   */
  public static ChannelModes all(DeliveryMode mode) {
    return new ChannelModes(mode, mode == DeliveryMode.DIGEST ? DeliveryMode.OFF : mode);
  }

  /** The personal channel spelled {@code email} or {@code chat} (any case). */
  public static Optional<Channel> channel(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "email" -> Optional.of(Channel.EMAIL);
      case "chat" -> Optional.of(Channel.CHAT);
      default -> Optional.empty();
    };
  }

  /**
   * These modes with {@code channel} set to {@code mode}; webhooks and forges are no personal
   * choice.
   */
  public ChannelModes with(Channel channel, DeliveryMode mode) {
    return switch (channel) {
      case EMAIL -> new ChannelModes(mode, chat);
      case CHAT -> new ChannelModes(email, mode);
      case WEBHOOK -> throw FieldRefused.field("webhook", "is set by admins, not per person");
      case FORGE -> throw FieldRefused.field("forge", "is set per repository, not per person");
    };
  }

  public DeliveryMode of(Channel channel) {
    return switch (channel) {
      case EMAIL -> email;
      case CHAT -> chat;
      case WEBHOOK, FORGE -> DeliveryMode.OFF;
    };
  }

  /** Whether anything reaches the user at all. */
  public boolean anything() {
    return email != DeliveryMode.OFF || chat != DeliveryMode.OFF;
  }
}
