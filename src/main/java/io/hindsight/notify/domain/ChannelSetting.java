package io.hindsight.notify.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * Where the chat and webhook messages of one kind go (teams are not modelled: this stands in for
 * "the team's channel"). The webhook secret is stored sealed by the credential cipher.
 */
@Entity
@Table(name = "notification_channel_setting")
public class ChannelSetting {

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 40)
  private NotificationKind kind;

  @Column(name = "chat_url", length = 2000)
  private String chatUrl;

  @Column(name = "webhook_url", length = 2000)
  private String webhookUrl;

  @Column(name = "webhook_secret", length = 1000)
  private String sealedWebhookSecret;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ChannelSetting() {}

  public ChannelSetting(NotificationKind kind, Instant now) {
    this.kind = kind;
    this.updatedAt = now;
  }

  public void change(
      OutgoingUrl chat, OutgoingUrl webhook, String sealedWebhookSecret, Instant now) {
    this.chatUrl = chat == null ? null : chat.toString();
    this.webhookUrl = webhook == null ? null : webhook.toString();
    this.sealedWebhookSecret = webhook == null ? null : sealedWebhookSecret;
    this.updatedAt = now;
  }

  public NotificationKind kind() {
    return kind;
  }

  public Optional<String> chatUrl() {
    return Optional.ofNullable(chatUrl);
  }

  public Optional<String> webhookUrl() {
    return Optional.ofNullable(webhookUrl);
  }

  public Optional<String> sealedWebhookSecret() {
    return Optional.ofNullable(sealedWebhookSecret);
  }

  public long version() {
    return version;
  }
}
