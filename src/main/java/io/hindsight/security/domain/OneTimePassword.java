package io.hindsight.security.domain;

import java.security.SecureRandom;

/** A random password to be read off a console and typed in once, as for the first admin. */
public final class OneTimePassword {

  public static final int LENGTH = 20;

  // Without 0, O, o, 1, l and I, which are easily confused when read.
  static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

  private static final SecureRandom RANDOM = new SecureRandom();

  private OneTimePassword() {}

  public static String generate() {
    StringBuilder password = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
