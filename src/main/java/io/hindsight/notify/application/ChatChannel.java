package io.hindsight.notify.application;

import io.hindsight.notify.domain.Channel;
import io.hindsight.platform.json.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * A Slack-compatible incoming webhook (Mattermost and Rocket.Chat accept the same {@code {"text":
 * ...}}): the chat URL an admin set for the message's kind, mentioning the recipient's handle.
 */
@ApplicationScoped
public class ChatChannel implements DeliveryChannel {

  @Inject ChannelSettings channelSettings;
  @Inject NotifySettings settings;
  @Inject OutgoingHttp http;

  @Override
  public Channel channel() {
    return Channel.CHAT;
  }

  @Override
  public void deliver(Delivery delivery) throws DeliveryFailure {
    send(delivery, channelSettings.chatUrl(delivery.receiverKind()));
  }

  @Override
  public void deliver(Delivery delivery, BatchReceivers receivers) throws DeliveryFailure {
    send(delivery, receivers.chatUrl(delivery.receiverKind()));
  }

  private void send(Delivery delivery, Optional<URI> receiver) throws DeliveryFailure {
    URI url =
        receiver.orElseThrow(
            () ->
                new DeliveryFailure(
                    "no chat webhook is set for " + delivery.receiverKind().spelling()));
    StringBuilder text = new StringBuilder();
    if (delivery.recipient().startsWith("@")) {
      text.append(escape(delivery.recipient())).append(' ');
    }
    text.append('*').append(escape(delivery.title())).append("*\n").append(escape(delivery.body()));
    delivery
        .link()
        .ifPresent(
            link ->
                text.append("\n<")
                    .append(settings.publicUrl().resolve(link))
                    .append("|Open in Hindsight>"));
    String json = Jsonp.object().add("text", text.toString()).build().toString();
    http.postJson(url, json, Map.of("X-Hindsight-Delivery", delivery.key().value()));
  }

  /** Slack's three control characters in message text. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
