package io.hindsight.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts stored secrets with AES-256-GCM. Each value gets a fresh 96-bit nonce and is bound to a
 * context (such as the repository it belongs to), so that a ciphertext copied to another row does
 * not decrypt.
 */
public final class CredentialCipher {

  public static final int KEY_BYTES = 32;

  private static final String PREFIX = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();

  public CredentialCipher(byte[] keyBytes) {
    Objects.requireNonNull(keyBytes, "keyBytes");
    if (keyBytes.length != KEY_BYTES) {
      throw new IllegalArgumentException("The credential key must be " + KEY_BYTES + " bytes.");
    }
    this.key = new SecretKeySpec(keyBytes.clone(), "AES");
  }

  public static byte[] newKey() {
    byte[] bytes = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }

  public String encrypt(String plaintext, String context) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, context);
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      ByteBuffer out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed);
      return PREFIX + Base64.getEncoder().encodeToString(out.array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * @throws CredentialDecryptionException if the value was not sealed with this key and context
   */
  public String decrypt(String sealed, String context) {
    if (sealed == null || !sealed.startsWith(PREFIX)) {
      throw new CredentialDecryptionException("Not an encrypted credential.");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new CredentialDecryptionException("Not an encrypted credential.");
    }
    if (bytes.length <= NONCE_BYTES) {
      throw new CredentialDecryptionException("Not an encrypted credential.");
    }
    try {
      byte[] nonce = java.util.Arrays.copyOf(bytes, NONCE_BYTES);
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, context);
      byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new CredentialDecryptionException(
          "The credential cannot be decrypted: the key changed or the value was altered.");
    }
  }

  private Cipher cipher(int mode, byte[] nonce, String context) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
    return cipher;
  }
}
