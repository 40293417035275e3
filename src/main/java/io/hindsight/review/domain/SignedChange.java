package io.hindsight.review.domain;

import io.hindsight.platform.crypto.TimestampedSignature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The rule for an infrastructure change webhook from a pipeline: signed with Hindsight's
 * timestamped signature ({@link TimestampedSignature}: {@code X-Hindsight-Timestamp} in epoch
 * seconds, {@code X-Hindsight-Signature} the {@code sha256=} hex HMAC-SHA256 of {@code timestamp +
 * "." + body}) under the secret an admin set; refused unsigned, badly signed (also while no secret
 * is set), or when the timestamp is more than {@link TimestampedSignature#TOLERANCE} from now. An
 * accepted delivery is known by the hash of its signature, which the receiver remembers for {@link
 * #REMEMBERED} so that a replay within the tolerance is refused too.
 */
public final class SignedChange {

  /**
   * Longer than any signed timestamp stays fresh: tolerance before and after the receiver's now.
   */
  public static final Duration REMEMBERED = TimestampedSignature.TOLERANCE.multipliedBy(2);

  /** What a receiver makes of a delivery. */
  public enum Verdict {
    UNSIGNED,
    BAD_SIGNATURE,
    STALE,
    VALID
  }

  /** One accepted delivery: the hash of its signature, and when its sender signed it. */
  public record Delivery(String signatureHash, Instant sentAt) {}

  /** The verdict, and for a valid delivery what identifies it. */
  public record Check(Verdict verdict, Optional<Delivery> delivery) {

    public boolean valid() {
      return verdict == Verdict.VALID;
    }
  }

  private SignedChange() {}

  public static Check check(
      Optional<String> secret, String timestamp, String signature, byte[] body, Instant now) {
    if (isBlank(timestamp) || isBlank(signature)) {
      return new Check(Verdict.UNSIGNED, Optional.empty());
    }
    if (secret.isEmpty() || secret.get().isEmpty()) {
      return new Check(Verdict.BAD_SIGNATURE, Optional.empty());
    }
    TimestampedSignature.Verdict verdict =
        TimestampedSignature.check(
            secret.get(), timestamp, body == null ? new byte[0] : body, signature, now);
    return switch (verdict) {
      case BAD_SIGNATURE -> new Check(Verdict.BAD_SIGNATURE, Optional.empty());
      case STALE -> new Check(Verdict.STALE, Optional.empty());
      case VALID ->
          new Check(
              Verdict.VALID,
              Optional.of(
                  new Delivery(
                      hash(signature), Instant.ofEpochSecond(Long.parseLong(timestamp.strip())))));
    };
  }

  /** Deliveries signed before this instant are stale now, so no longer need remembering. */
  public static Instant forgetBefore(Instant now) {
    return now.minus(REMEMBERED);
  }

  /** One spelling per signature: the prefix is read in any case, so is the hex. */
  private static String hash(String signature) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(signature.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
