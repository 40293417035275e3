package io.hindsight.notify.application;

/** A channel could not deliver a message; the message is tried again later. */
public class DeliveryFailure extends Exception {

  private static final long serialVersionUID = 1L;

  public DeliveryFailure(String message) {
    super(message);
  }

  public DeliveryFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
