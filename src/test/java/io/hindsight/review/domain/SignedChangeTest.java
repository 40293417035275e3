package io.hindsight.review.domain;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.platform.crypto.TimestampedSignature;
import io.hindsight.review.domain.SignedChange.Verdict;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignedChangeTest {

  private static final String SECRET = "k3Hq9-terraform-pipeline-secret";
  private static final Instant NOW = Instant.parse("2026-12-31T23:58:30Z");
  private static final byte[] BODY =
      "{\"service\":\"ledger\",\"reference\":\"tf-apply-1812\",\"description\":\"RDS to 15.4\"}"
          .getBytes(UTF_8);

  private static String seconds(Instant at) {
    return Long.toString(at.getEpochSecond());
  }

  private static String sign(Instant at, byte[] body) {
    return TimestampedSignature.sign(SECRET, at.getEpochSecond(), body);
  }

  private static SignedChange.Check check(String timestamp, String signature, byte[] body) {
    return SignedChange.check(Optional.of(SECRET), timestamp, signature, body, NOW);
  }

  @Test
  void aFreshDeliverySignedWithTheSecretIsValidAndKnownByItsSignature() {
    SignedChange.Check check = check(seconds(NOW), sign(NOW, BODY), BODY);

    assertThat(check.verdict()).isEqualTo(Verdict.VALID);
    assertThat(check.delivery()).isPresent();
    assertThat(check.delivery().get().sentAt()).isEqualTo(NOW.minusNanos(NOW.getNano()));
    assertThat(check.delivery().get().signatureHash()).hasSize(64).matches("[0-9a-f]+");
  }

  @Test
  void theSameDeliveryIsKnownByOneHashHoweverItsSignatureIsSpelled() {
    String signature = sign(NOW, BODY);
    String shouted = "SHA256=" + signature.substring(7).toUpperCase(Locale.ROOT);

    assertThat(check(seconds(NOW), shouted, BODY).delivery().get().signatureHash())
        .isEqualTo(check(seconds(NOW), signature + " ", BODY).delivery().get().signatureHash());
  }

  @Test
  void twoDeliveriesOfTheSameBodyAtDifferentSecondsAreDifferentDeliveries() {
    Instant later = NOW.plusSeconds(1);
    SignedChange.Check first = check(seconds(NOW), sign(NOW, BODY), BODY);
    SignedChange.Check second =
        SignedChange.check(Optional.of(SECRET), seconds(later), sign(later, BODY), BODY, later);

    assertThat(first.delivery().get().signatureHash())
        .isNotEqualTo(second.delivery().get().signatureHash());
  }

  @Test
  void withoutATimestampOrASignatureADeliveryIsUnsigned() {
    assertThat(check(null, sign(NOW, BODY), BODY).verdict()).isEqualTo(Verdict.UNSIGNED);
    assertThat(check(seconds(NOW), null, BODY).verdict()).isEqualTo(Verdict.UNSIGNED);
    assertThat(check(" ", "", BODY).verdict()).isEqualTo(Verdict.UNSIGNED);
  }

  @Test
  void aChangedBodyTimestampOrSecretIsABadSignature() {
    String signature = sign(NOW, BODY);
    byte[] other = "{\"service\":\"payments\"}".getBytes(UTF_8);

    assertThat(check(seconds(NOW), signature, other).verdict()).isEqualTo(Verdict.BAD_SIGNATURE);
    assertThat(check(seconds(NOW.plusSeconds(1)), signature, BODY).verdict())
        .as("the timestamp is signed: moved forward, it no longer matches")
        .isEqualTo(Verdict.BAD_SIGNATURE);
    assertThat(
            SignedChange.check(Optional.of("another-secret"), seconds(NOW), signature, BODY, NOW)
                .verdict())
        .isEqualTo(Verdict.BAD_SIGNATURE);
    assertThat(check(seconds(NOW), "sha256=zz", BODY).verdict()).isEqualTo(Verdict.BAD_SIGNATURE);
    assertThat(check(seconds(NOW), signature.substring(7), BODY).verdict())
        .as("the sha256= prefix is required")
        .isEqualTo(Verdict.BAD_SIGNATURE);
    assertThat(check("2026-12-31T23:58:30Z", signature, BODY).verdict())
        .as("epoch seconds, not a date")
        .isEqualTo(Verdict.BAD_SIGNATURE);
    assertThat(check(seconds(NOW), signature, BODY).delivery()).isPresent();
  }

  @Test
  void whileNoSecretIsSetEverySignedDeliveryIsABadSignature() {
    assertThat(
            SignedChange.check(Optional.empty(), seconds(NOW), sign(NOW, BODY), BODY, NOW)
                .verdict())
        .isEqualTo(Verdict.BAD_SIGNATURE);
    assertThat(SignedChange.check(Optional.of(""), seconds(NOW), sign(NOW, BODY), BODY, NOW))
        .extracting(SignedChange.Check::verdict)
        .isEqualTo(Verdict.BAD_SIGNATURE);
  }

  @Test
  void aTimestampMoreThanFiveMinutesFromNowEitherWayIsStaleAcrossTheYearEnd() {
    Instant fiveMinutesAgo = NOW.minusSeconds(300);
    Instant tooOld = NOW.minusSeconds(301);
    Instant fiveMinutesAhead = NOW.plusSeconds(300);
    Instant tooNew = NOW.plusSeconds(301);

    assertThat(check(seconds(fiveMinutesAgo), sign(fiveMinutesAgo, BODY), BODY).verdict())
        .isEqualTo(Verdict.VALID);
    assertThat(check(seconds(tooOld), sign(tooOld, BODY), BODY).verdict()).isEqualTo(Verdict.STALE);
    assertThat(check(seconds(fiveMinutesAhead), sign(fiveMinutesAhead, BODY), BODY).verdict())
        .as("2027-01-01T00:03:30Z, a clock a little ahead")
        .isEqualTo(Verdict.VALID);
    assertThat(check(seconds(tooNew), sign(tooNew, BODY), BODY).verdict()).isEqualTo(Verdict.STALE);
  }

  @Test
  void aDeliveryIsRememberedAsLongAsItsTimestampIsFresh() {
    Instant lastFreshInstant = NOW.plus(TimestampedSignature.TOLERANCE);

    assertThat(SignedChange.forgetBefore(lastFreshInstant))
        .as("a delivery signed at NOW is still remembered when it is last accepted")
        .isBefore(NOW);
    assertThat(SignedChange.forgetBefore(NOW.plus(SignedChange.REMEMBERED).plusSeconds(1)))
        .as("and forgotten once stale")
        .isAfter(NOW);
  }
}
