package io.hindsight.security.domain;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes passwords with PBKDF2-HMAC-SHA256 into {@code pbkdf2-sha256$<iterations>$<base64
 * salt>$<base64 hash>}.
 *
 * <p>No extra library: the JDK's SunJCE provider implements PBKDF2WithHmacSHA256, which is
 * FIPS-approved and recommended by OWASP at 600,000 iterations or more.
 */
public final class PasswordHasher {

  public static final int DEFAULT_ITERATIONS = 600_000;
  public static final int MAX_PASSWORD_LENGTH = 1024;

  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final String ID = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  // Bounds what a tampered or corrupt stored hash can make a login cost.
  private static final int MAX_ITERATIONS = 10_000_000;
  private static final int MAX_ENCODED_LENGTH = 256;
  private static final char[] DUMMY_PASSWORD = "hindsight-dummy-password".toCharArray();

  private static final SecureRandom RANDOM = new SecureRandom();

  private final int iterations;
  private final String dummyHash;

  public PasswordHasher() {
    this(DEFAULT_ITERATIONS);
  }

  public PasswordHasher(int iterations) {
    if (iterations < 1 || iterations > MAX_ITERATIONS) {
      throw new IllegalArgumentException(
          "iterations must be between 1 and " + MAX_ITERATIONS + ": " + iterations);
    }
    this.iterations = iterations;
    this.dummyHash = encode(iterations, new byte[SALT_BYTES], new byte[HASH_BYTES]);
  }

  public int iterations() {
    return iterations;
  }

  /**
   * @throws IllegalArgumentException if the password is longer than {@link #MAX_PASSWORD_LENGTH}
   */
  public String hash(char[] password) {
    if (password.length > MAX_PASSWORD_LENGTH) {
      throw new IllegalArgumentException(
          "Password must be at most " + MAX_PASSWORD_LENGTH + " characters long.");
    }
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return encode(iterations, salt, derive(password, salt, iterations));
  }

  /** False for a wrong, missing or over-long password and for a malformed stored hash. */
  public boolean verify(char[] password, String encoded) {
    if (password == null || password.length > MAX_PASSWORD_LENGTH) {
      return false;
    }
    Decoded stored = Decoded.parse(encoded);
    if (stored == null) {
      return false;
    }
    return MessageDigest.isEqual(stored.hash, derive(password, stored.salt, stored.iterations));
  }

  /**
   * Does the same work as {@link #verify} against a fixed hash, so that a login for an unknown user
   * takes as long as one for a known user.
   */
  public void verifyAgainstDummy(char[] password) {
    verify(password == null ? DUMMY_PASSWORD : password, dummyHash);
  }

  /** True if the stored hash uses fewer iterations than this hasher, or cannot be read at all. */
  public boolean needsRehash(String encoded) {
    Decoded stored = Decoded.parse(encoded);
    return stored == null || stored.iterations < iterations;
  }

  String dummyHash() {
    return dummyHash;
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BYTES * 8);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available in this JDK", e);
    } finally {
      spec.clearPassword();
    }
  }

  private static String encode(int iterations, byte[] salt, byte[] hash) {
    Base64.Encoder base64 = Base64.getEncoder();
    return ID
        + '$'
        + iterations
        + '$'
        + base64.encodeToString(salt)
        + '$'
        + base64.encodeToString(hash);
  }

  private record Decoded(int iterations, byte[] salt, byte[] hash) {

    static Decoded parse(String encoded) {
      if (encoded == null || encoded.length() > MAX_ENCODED_LENGTH) {
        return null;
      }
      String[] parts = encoded.split("\\$", -1);
      if (parts.length != 4 || !parts[0].equals(ID)) {
        return null;
      }
      try {
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] hash = Base64.getDecoder().decode(parts[3]);
        if (iterations < 1
            || iterations > MAX_ITERATIONS
            || salt.length == 0
            || hash.length != HASH_BYTES) {
          return null;
        }
        return new Decoded(iterations, salt, hash);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }
}
