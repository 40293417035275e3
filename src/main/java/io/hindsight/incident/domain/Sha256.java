package io.hindsight.incident.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** A SHA-256 digest as 64 lowercase hex digits. */
public record Sha256(String hex) {

  private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{64}");

  public Sha256 {
    if (hex == null || !SHAPE.matcher(hex).matches()) {
      throw new IllegalArgumentException("A SHA-256 digest is 64 lowercase hex digits.");
    }
  }

  public static Sha256 of(byte[] content) {
    return new Sha256(HexFormat.of().formatHex(digest().digest(content)));
  }

  public static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256.", e);
    }
  }

  @Override
  public String toString() {
    return hex;
  }
}
