package io.hindsight.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceMentionTest {

  private static final ServiceMention PAYMENTS = new ServiceMention(new ServiceName("payments"));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Fail over payments to the standby region.",
        "Payments down",
        "PAYMENTS is paging again",
        "Restart (payments) first.",
        "Check `payments` in the dashboard.",
        "curl https://payments.internal/health",
        "kubectl -n k8s/payments get pods",
        "Ask #payments on chat.",
        "payments",
        "Did the deploy of payments, or of ledger, start it?"
      })
  void aWholeWordInAnyCaseIsAMention(String text) {
    assertThat(PAYMENTS.in("", text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Restart payments-api first.",
        "The old_payments table is gone.",
        "paymentsdb is full",
        "prepayments are refunded",
        "Zahlungen (payment) stehen",
        "pay ments",
        ""
      })
  void partOfALongerNameIsNoMention(String text) {
    assertThat(PAYMENTS.in("", text)).isFalse();
  }

  @Test
  void theTitleCountsAsMuchAsTheBody() {
    assertThat(PAYMENTS.in("Payments down", "1. Fail over.")).isTrue();
    assertThat(PAYMENTS.in(null, null)).isFalse();
  }

  @Test
  void namesWithDotsSlashesAndHyphensAreMatchedAsWritten() {
    ServiceMention api = new ServiceMention(new ServiceName("payments-api"));
    assertThat(api.in("", "Roll back payments-api.")).isTrue();
    assertThat(api.in("", "Roll back payments-api-v2.")).isFalse();
    assertThat(api.in("", "Roll back payments api.")).isFalse();

    ServiceMention host = new ServiceMention(new ServiceName("db.eu-1/primary"));
    assertThat(host.in("", "Promote DB.EU-1/PRIMARY now.")).isTrue();
    assertThat(host.in("", "Promote dbXeu-1/primary now.")).as("the dot is no wildcard").isFalse();
  }

  @Test
  void lettersBeyondAsciiContinueAWord() {
    ServiceMention cache = new ServiceMention(new ServiceName("cache"));
    assertThat(cache.in("", "Le cacheé est plein")).isFalse();
    assertThat(cache.in("", "Le cache est plein")).isTrue();
  }
}
