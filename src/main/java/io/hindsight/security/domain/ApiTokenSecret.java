package io.hindsight.security.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * A bearer token as handed to its owner once: {@code hs_} and the unpadded base64url of 32 random
 * bytes. Only its {@link #hash()} is stored.
 */
public final class ApiTokenSecret {

  public static final String PREFIX = "hs_";
  public static final int LENGTH = PREFIX.length() + 43;
  public static final int DISPLAY_PREFIX_LENGTH = 8;

  private static final int RANDOM_BYTES = 32;
  private static final String BEARER = "Bearer ";
  // Longer input is refused before it is trimmed or scanned.
  private static final int MAX_HEADER_LENGTH = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String value;

  private ApiTokenSecret(String value) {
    this.value = value;
  }

  public static ApiTokenSecret generate() {
    byte[] bytes = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(bytes);
    return new ApiTokenSecret(
        PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /**
   * Accepts a bare token or an {@code Authorization} value {@code Bearer <token>}; anything that
   * does not look like a token is empty.
   */
  public static Optional<ApiTokenSecret> parse(String headerValue) {
    if (headerValue == null || headerValue.length() > MAX_HEADER_LENGTH) {
      return Optional.empty();
    }
    String candidate = headerValue.strip();
    if (candidate.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      candidate = candidate.substring(BEARER.length()).strip();
    }
    if (candidate.length() != LENGTH || !candidate.startsWith(PREFIX)) {
      return Optional.empty();
    }
    for (int i = PREFIX.length(); i < LENGTH; i++) {
      if (!isBase64Url(candidate.charAt(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(new ApiTokenSecret(candidate));
  }

  private static boolean isBase64Url(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_';
  }

  /** The secret itself; show it once, never log it. */
  public String value() {
    return value;
  }

  public TokenHash hash() {
    return TokenHash.of(value);
  }

  /** The first 8 characters, too few to guess from, for recognising a token in lists. */
  public String displayPrefix() {
    return value.substring(0, DISPLAY_PREFIX_LENGTH);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApiTokenSecret that
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.US_ASCII),
            that.value.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return PREFIX + "****";
  }
}
