package io.hindsight.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Hindsight's own webhook signature, the one its outgoing webhooks carry and its push webhook
 * accepts: {@code X-Hindsight-Timestamp} (epoch seconds) and {@code X-Hindsight-Signature} ({@code
 * sha256=} and the hex HMAC-SHA256 of {@code timestamp + "." + body}). The timestamp is signed, so
 * a captured delivery cannot be made fresh again: a receiver refuses it once it is older than its
 * tolerance, and remembers the signatures it saw for longer than that.
 */
public final class TimestampedSignature {

  public static final String SIGNATURE_HEADER = "X-Hindsight-Signature";
  public static final String TIMESTAMP_HEADER = "X-Hindsight-Timestamp";

  /** How far a timestamp may be from the receiver's clock, either way. */
  public static final Duration TOLERANCE = Duration.ofMinutes(5);

  /** What a receiver makes of a delivery. */
  public enum Verdict {
    VALID,
    BAD_SIGNATURE,
    STALE
  }

  private TimestampedSignature() {}

  public static String sign(String secret, long epochSeconds, byte[] body) {
    return WebhookSignature.sign(secret, signed(Long.toString(epochSeconds), body));
  }

  /**
   * Checks the signature first, so that a stale timestamp is told apart only to a sender who knows
   * the secret (or replays a delivery it captured).
   */
  public static Verdict check(
      String secret, String timestamp, byte[] body, String signature, Instant now) {
    if (timestamp == null || !timestamp.strip().matches("\\d{1,12}")) {
      return Verdict.BAD_SIGNATURE;
    }
    String seconds = timestamp.strip();
    if (!WebhookSignature.matches(secret, signed(seconds, body), signature)) {
      return Verdict.BAD_SIGNATURE;
    }
    Instant sent = Instant.ofEpochSecond(Long.parseLong(seconds));
    return Duration.between(sent, now).abs().compareTo(TOLERANCE) > 0
        ? Verdict.STALE
        : Verdict.VALID;
  }

  private static byte[] signed(String seconds, byte[] body) {
    byte[] prefix = (seconds + ".").getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[prefix.length + body.length];
    System.arraycopy(prefix, 0, all, 0, prefix.length);
    System.arraycopy(body, 0, all, prefix.length, body.length);
    return all;
  }
}
