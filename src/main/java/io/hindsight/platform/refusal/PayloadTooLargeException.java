package io.hindsight.platform.refusal;

import java.io.IOException;

/** A request body over the API's limit; raised while the body is read, so it is an I/O failure. */
public final class PayloadTooLargeException extends IOException {

  private static final long serialVersionUID = 1L;

  public PayloadTooLargeException(long limit) {
    super("The request body is larger than " + limit + " bytes.");
  }
}
