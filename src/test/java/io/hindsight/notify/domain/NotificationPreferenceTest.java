package io.hindsight.notify.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.platform.refusal.FieldRefused;
import org.junit.jupiter.api.Test;

class NotificationPreferenceTest {

  @Test
  void postmortemNoticesCanBeTurnedOffAndOnAgain() {
    NotificationPreference preference =
        new NotificationPreference("jane", NotificationKind.POSTMORTEM_OVERDUE, DeliveryMode.OFF);
    assertThat(preference.mode()).isEqualTo(DeliveryMode.OFF);
    preference.change(DeliveryMode.IMMEDIATELY);
    assertThat(preference.mode()).isEqualTo(DeliveryMode.IMMEDIATELY);
  }

  @Test
  void escalationsAndTheStatusUpdateCadenceCannotBeTurnedOff() {
    for (NotificationKind kind :
        new NotificationKind[] {NotificationKind.ESCALATION, NotificationKind.STATUS_UPDATE_DUE}) {
      assertThatThrownBy(() -> new NotificationPreference("jane", kind, DeliveryMode.OFF))
          .isInstanceOf(FieldRefused.class)
          .hasMessageContaining(kind.spelling())
          .hasMessageContaining("cannot be turned off");
      assertThat(new NotificationPreference("jane", kind, DeliveryMode.IMMEDIATELY).mode())
          .isEqualTo(DeliveryMode.IMMEDIATELY);
    }
  }

  @Test
  void aDigestIsAChoiceForEveryKindButThoseThatReachTheChain() {
    assertThat(DeliveryMode.parse("Digest")).contains(DeliveryMode.DIGEST);
    assertThat(
            new NotificationPreference(
                    "jane", NotificationKind.ACTION_DUE_SOON, DeliveryMode.DIGEST)
                .mode())
        .isEqualTo(DeliveryMode.DIGEST);
    for (NotificationKind kind :
        new NotificationKind[] {NotificationKind.ESCALATION, NotificationKind.STATUS_UPDATE_DUE}) {
      assertThatThrownBy(() -> NotificationPreference.check(kind, DeliveryMode.DIGEST))
          .isInstanceOf(FieldRefused.class)
          .hasMessageContaining("cannot wait for a digest");
    }
    assertThatThrownBy(
            () -> NotificationPreference.check(NotificationKind.DAILY_DIGEST, DeliveryMode.DIGEST))
        .isInstanceOf(FieldRefused.class);
  }

  @Test
  void channelTestsAreNoPersonalChoice() {
    assertThatThrownBy(
            () ->
                NotificationPreference.check(
                    NotificationKind.CHANNEL_TEST, DeliveryMode.IMMEDIATELY))
        .isInstanceOf(FieldRefused.class);
    assertThat(NotificationKind.parse("Postmortem_Due")).contains(NotificationKind.POSTMORTEM_DUE);
    assertThat(DeliveryMode.parse("daily")).isEmpty();
  }

  @Test
  void eachChannelOfAKindIsKeptAndMandatoryKindsStayOnEveryChannel() {
    NotificationPreference preference =
        new NotificationPreference(
            "jane",
            NotificationKind.ACTION_OVERDUE,
            new ChannelModes(DeliveryMode.DIGEST, DeliveryMode.IMMEDIATELY));
    assertThat(preference.mode()).isEqualTo(DeliveryMode.DIGEST);
    assertThat(preference.modes().chat()).isEqualTo(DeliveryMode.IMMEDIATELY);
    preference.change(DeliveryMode.OFF);
    assertThat(preference.modes()).isEqualTo(ChannelModes.all(DeliveryMode.OFF));
    for (NotificationKind kind :
        new NotificationKind[] {NotificationKind.ESCALATION, NotificationKind.STATUS_UPDATE_DUE}) {
      assertThatThrownBy(
              () ->
                  NotificationPreference.check(
                      kind, ChannelModes.IMMEDIATELY.with(Channel.CHAT, DeliveryMode.OFF)))
          .isInstanceOf(FieldRefused.class)
          .hasMessageContaining("cannot be turned off");
      NotificationPreference.check(kind, ChannelModes.IMMEDIATELY);
    }
  }
}
