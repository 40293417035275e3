package io.hindsight.platform.crypto;

/** A stored secret that does not decrypt with the current key; the message names no secret. */
public final class CredentialDecryptionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CredentialDecryptionException(String message) {
    super(message);
  }
}
