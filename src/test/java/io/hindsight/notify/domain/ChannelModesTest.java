package io.hindsight.notify.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.platform.refusal.FieldRefused;
import org.junit.jupiter.api.Test;

class ChannelModesTest {

  @Test
  void oneModeForEveryChannelKeepsWhatASingleChoiceMeant() {
    assertThat(ChannelModes.all(DeliveryMode.IMMEDIATELY)).isEqualTo(ChannelModes.IMMEDIATELY);
    assertThat(ChannelModes.all(DeliveryMode.OFF))
        .isEqualTo(new ChannelModes(DeliveryMode.OFF, DeliveryMode.OFF));
    assertThat(ChannelModes.all(DeliveryMode.DIGEST))
        .as("a digest is an email: the chat mention is off with it")
        .isEqualTo(new ChannelModes(DeliveryMode.DIGEST, DeliveryMode.OFF));
  }

  @Test
  void eachChannelIsChosenOnItsOwn() {
    ChannelModes emailOnly = ChannelModes.IMMEDIATELY.with(Channel.CHAT, DeliveryMode.OFF);
    assertThat(emailOnly.of(Channel.EMAIL)).isEqualTo(DeliveryMode.IMMEDIATELY);
    assertThat(emailOnly.of(Channel.CHAT)).isEqualTo(DeliveryMode.OFF);
    assertThat(emailOnly.anything()).isTrue();
    ChannelModes chatOnly = ChannelModes.IMMEDIATELY.with(Channel.EMAIL, DeliveryMode.OFF);
    assertThat(chatOnly).isEqualTo(new ChannelModes(DeliveryMode.OFF, DeliveryMode.IMMEDIATELY));
    assertThat(chatOnly.with(Channel.CHAT, DeliveryMode.OFF).anything()).isFalse();
    assertThat(ChannelModes.channel(" Chat ")).contains(Channel.CHAT);
    assertThat(ChannelModes.channel("email")).contains(Channel.EMAIL);
    assertThat(ChannelModes.channel("webhook")).isEmpty();
    assertThat(ChannelModes.channel(null)).isEmpty();
  }

  @Test
  void chatCannotBeADigestAndWebhooksAreNoPersonalChoice() {
    assertThatThrownBy(() -> ChannelModes.IMMEDIATELY.with(Channel.CHAT, DeliveryMode.DIGEST))
        .isInstanceOf(FieldRefused.class)
        .hasMessageContaining("a digest is an email");
    assertThatThrownBy(() -> ChannelModes.IMMEDIATELY.with(Channel.WEBHOOK, DeliveryMode.OFF))
        .isInstanceOf(FieldRefused.class);
  }
}
