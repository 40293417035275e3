package io.hindsight.platform.refusal;

/** What was asked for does not exist, or the caller may not know that it does. */
public final class NotFound extends Refusal {

  private static final long serialVersionUID = 1L;

  public NotFound(String message) {
    super(message);
  }

  /** "There is no incident INC-2026-0042." */
  public static NotFound of(String what, String key) {
    return new NotFound("There is no " + what + " " + key + ".");
  }
}
