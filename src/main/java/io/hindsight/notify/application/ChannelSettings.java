package io.hindsight.notify.application;

import io.hindsight.notify.domain.ChannelSetting;
import io.hindsight.notify.domain.NotificationKind;
import io.hindsight.notify.domain.OutgoingUrl;
import io.hindsight.platform.crypto.CredentialCipher;
import io.hindsight.platform.refusal.FieldRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where chat and webhook messages of each kind go, set by admins. */
@ApplicationScoped
@Transactional
public class ChannelSettings {

  private static final int MIN_SECRET = 16;
  private static final int MAX_SECRET = 200;

  @PersistenceContext EntityManager em;
  @Inject CredentialCipher cipher;
  @Inject NotifySettings settings;
  @Inject Clock clock;

  /** The chat and webhook receivers of one kind, as an admin sees them (the secret never). */
  public record View(String kind, String chatUrl, String webhookUrl, boolean webhookSecretSet) {}

  public List<View> all() {
    Map<NotificationKind, View> views = new LinkedHashMap<>();
    for (NotificationKind kind : NotificationKind.values()) {
      views.put(kind, view(kind, find(kind)));
    }
    return List.copyOf(views.values());
  }

  public View of(NotificationKind kind) {
    return view(kind, find(kind));
  }

  /**
   * Replaces the receivers of {@code kind}; a blank URL removes one. A webhook needs a secret of 16
   * to 200 characters, kept from before when none is given. {@code self} is the address this
   * request reached Hindsight at: no receiver may point there.
   */
  public View change(
      NotificationKind kind, String chatUrl, String webhookUrl, String webhookSecret, URI self) {
    Map<String, String> refused = new LinkedHashMap<>();
    OutgoingUrl chat = receiver(chatUrl, "chatUrl", self, refused);
    OutgoingUrl webhook = receiver(webhookUrl, "webhookUrl", self, refused);
    Optional<ChannelSetting> existing = find(kind);
    String storedSecret = null;
    if (webhook != null) {
      if (webhookSecret != null && !webhookSecret.isBlank()) {
        String secret = webhookSecret.strip();
        if (secret.length() < MIN_SECRET || secret.length() > MAX_SECRET) {
          refused.put(
              "webhookSecret", "must have " + MIN_SECRET + " to " + MAX_SECRET + " characters");
        } else {
          storedSecret = cipher.encrypt(secret, context(kind));
        }
      } else {
        storedSecret = existing.flatMap(ChannelSetting::sealedWebhookSecret).orElse(null);
        if (storedSecret == null) {
          refused.put("webhookSecret", "is required for a webhook");
        }
      }
    }
    if (!refused.isEmpty()) {
      throw FieldRefused.fields(refused);
    }
    ChannelSetting setting =
        existing.orElseGet(
            () -> {
              ChannelSetting created = new ChannelSetting(kind, clock.instant());
              em.persist(created);
              return created;
            });
    setting.change(chat, webhook, storedSecret, clock.instant());
    return view(kind, Optional.of(setting));
  }

  private OutgoingUrl receiver(String value, String field, URI self, Map<String, String> refused) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      OutgoingUrl url = OutgoingUrl.parse(value, field, self);
      return OutgoingUrl.parse(url.toString(), field, settings.publicUrl());
    } catch (FieldRefused e) {
      refused.putAll(e.messages());
      return null;
    }
  }

  public Optional<URI> chatUrl(NotificationKind kind) {
    return find(kind).flatMap(ChannelSetting::chatUrl).map(URI::create);
  }

  public Optional<Webhook> webhook(NotificationKind kind) {
    return find(kind)
        .flatMap(
            s ->
                s.webhookUrl()
                    .flatMap(
                        url ->
                            s.sealedWebhookSecret()
                                .map(
                                    stored ->
                                        new Webhook(
                                            URI.create(url),
                                            cipher.decrypt(stored, context(kind))))));
  }

  /** A signed webhook receiver and its secret. */
  public record Webhook(URI url, String secret) {}

  private Optional<ChannelSetting> find(NotificationKind kind) {
    return Optional.ofNullable(em.find(ChannelSetting.class, kind));
  }

  private static String context(NotificationKind kind) {
    return "notify-webhook:" + kind.name();
  }

  private static View view(NotificationKind kind, Optional<ChannelSetting> setting) {
    return new View(
        kind.spelling(),
        setting.flatMap(ChannelSetting::chatUrl).orElse(null),
        setting.flatMap(ChannelSetting::webhookUrl).orElse(null),
        setting.flatMap(ChannelSetting::sealedWebhookSecret).isPresent());
  }
}
