package io.hindsight.platform.refusal;

/** The caller sees the thing but may not make this change. */
public final class Forbidden extends Refusal {

  private static final long serialVersionUID = 1L;

  public Forbidden(String message) {
    super(message);
  }
}
