package io.hindsight.notify.application;

import io.hindsight.notify.domain.Channel;
import io.hindsight.platform.crypto.TimestampedSignature;
import io.hindsight.platform.json.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The generic signed webhook: a JSON body, {@code X-Hindsight-Timestamp} (epoch seconds), {@code
 * X-Hindsight-Signature} ({@code sha256=} and the hex HMAC-SHA256 of {@code timestamp + "." + body}
 * under the kind's secret) and {@code X-Hindsight-Delivery} (the idempotency key), so that a
 * receiver can check the sender, refuse old timestamps and drop repeats.
 */
@ApplicationScoped
public class WebhookChannel implements DeliveryChannel {

  public static final String SIGNATURE = TimestampedSignature.SIGNATURE_HEADER;
  public static final String TIMESTAMP = TimestampedSignature.TIMESTAMP_HEADER;
  public static final String DELIVERY = "X-Hindsight-Delivery";

  @Inject ChannelSettings channelSettings;
  @Inject NotifySettings settings;
  @Inject OutgoingHttp http;
  @Inject Clock clock;

  @Override
  public Channel channel() {
    return Channel.WEBHOOK;
  }

  @Override
  public void deliver(Delivery delivery) throws DeliveryFailure {
    send(delivery, channelSettings.webhook(delivery.receiverKind()));
  }

  @Override
  public void deliver(Delivery delivery, BatchReceivers receivers) throws DeliveryFailure {
    send(delivery, receivers.webhook(delivery.receiverKind()));
  }

  private void send(Delivery delivery, Optional<ChannelSettings.Webhook> receiver)
      throws DeliveryFailure {
    ChannelSettings.Webhook webhook =
        receiver.orElseThrow(
            () ->
                new DeliveryFailure("no webhook is set for " + delivery.receiverKind().spelling()));
    JsonObjectBuilder json =
        Jsonp.object()
            .add("delivery", delivery.key().value())
            .add("kind", delivery.kind().spelling())
            .add(
                "subject",
                Jsonp.object()
                    .add("type", delivery.subjectType())
                    .add("ref", delivery.subjectRef()))
            .add("title", delivery.title())
            .add("body", delivery.body())
            .add("queuedAt", delivery.createdAt().toString());
    delivery
        .link()
        .ifPresent(link -> json.add("link", settings.publicUrl().resolve(link).toString()));
    String body = json.build().toString();
    long sentAt = clock.instant().getEpochSecond();
    String timestamp = Long.toString(sentAt);
    String signature =
        TimestampedSignature.sign(webhook.secret(), sentAt, body.getBytes(StandardCharsets.UTF_8));
    http.postJson(
        webhook.url(),
        body,
        Map.of(SIGNATURE, signature, TIMESTAMP, timestamp, DELIVERY, delivery.key().value()));
  }
}
