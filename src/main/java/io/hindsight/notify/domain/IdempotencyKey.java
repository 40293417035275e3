package io.hindsight.notify.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The one name of one effect: the same deadline for the same recipient over the same channel always
 * gives the same key, so a second node, a restart or a repeated sweep queues nothing new. Parts are
 * joined with {@code :}; a key longer than the column is shortened to a prefix and a SHA-256.
 */
public record IdempotencyKey(String value) {

  public static final int MAX = 200;

  public IdempotencyKey {
    if (value == null || value.isBlank() || value.length() > MAX) {
      throw new IllegalArgumentException("an idempotency key has 1 to " + MAX + " characters");
    }
  }

  public static IdempotencyKey of(String... parts) {
    String joined = String.join(":", List.of(parts));
    if (joined.length() <= MAX) {
      return new IdempotencyKey(joined);
    }
    return new IdempotencyKey(joined.substring(0, MAX - 65) + "#" + sha256(joined));
  }

  /** An RFC 5322 {@code Message-ID} derived from the key: the same key, the same id. */
  public String messageId(String domain) {
    return "<" + sha256(value).substring(0, 40) + "@" + domain + ">";
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
