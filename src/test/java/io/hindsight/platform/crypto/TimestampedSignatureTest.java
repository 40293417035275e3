package io.hindsight.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.platform.crypto.TimestampedSignature.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampedSignatureTest {

  private static final String SECRET = "whsec-runbooks-7f3a";
  private static final Instant SENT = Instant.parse("2026-03-02T09:00:00Z");
  private static final byte[] PUSH =
      "{\"ref\":\"refs/heads/main\",\"after\":\"4b825dc6\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void aFreshDeliveryIsValidWithinTheToleranceEitherWay() {
    String stamp = Long.toString(SENT.getEpochSecond());
    String signature = TimestampedSignature.sign(SECRET, SENT.getEpochSecond(), PUSH);

    assertThat(signature).startsWith("sha256=");
    assertThat(TimestampedSignature.check(SECRET, stamp, PUSH, signature, SENT))
        .isEqualTo(Verdict.VALID);
    assertThat(
            TimestampedSignature.check(
                SECRET, stamp, PUSH, signature, SENT.plusSeconds(300).minusSeconds(1)))
        .isEqualTo(Verdict.VALID);
    assertThat(TimestampedSignature.check(SECRET, stamp, PUSH, signature, SENT.minusSeconds(300)))
        .isEqualTo(Verdict.VALID);
  }

  @Test
  void theSameDeliveryADayLaterIsStale() {
    String stamp = Long.toString(SENT.getEpochSecond());
    String signature = TimestampedSignature.sign(SECRET, SENT.getEpochSecond(), PUSH);

    assertThat(
            TimestampedSignature.check(
                SECRET, stamp, PUSH, signature, SENT.plusSeconds(24 * 3600 + 1)))
        .isEqualTo(Verdict.STALE);
    assertThat(TimestampedSignature.check(SECRET, stamp, PUSH, signature, SENT.plusSeconds(301)))
        .isEqualTo(Verdict.STALE);
  }

  @Test
  void aMovedTimestampAnotherBodyOrAnotherSecretDoNotMatch() {
    String signature = TimestampedSignature.sign(SECRET, SENT.getEpochSecond(), PUSH);
    Instant later = SENT.plusSeconds(86_400);

    assertThat(
            TimestampedSignature.check(
                SECRET, Long.toString(later.getEpochSecond()), PUSH, signature, later))
        .isEqualTo(Verdict.BAD_SIGNATURE);
    assertThat(
            TimestampedSignature.check(
                SECRET,
                Long.toString(SENT.getEpochSecond()),
                "{}".getBytes(StandardCharsets.UTF_8),
                signature,
                SENT))
        .isEqualTo(Verdict.BAD_SIGNATURE);
    assertThat(
            TimestampedSignature.check(
                "another", Long.toString(SENT.getEpochSecond()), PUSH, signature, SENT))
        .isEqualTo(Verdict.BAD_SIGNATURE);
    assertThat(TimestampedSignature.check(SECRET, null, PUSH, signature, SENT))
        .isEqualTo(Verdict.BAD_SIGNATURE);
    assertThat(TimestampedSignature.check(SECRET, "soon", PUSH, signature, SENT))
        .isEqualTo(Verdict.BAD_SIGNATURE);
  }
}
