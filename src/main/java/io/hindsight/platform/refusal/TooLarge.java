package io.hindsight.platform.refusal;

/** Content over a size limit. */
public final class TooLarge extends Refusal {

  private static final long serialVersionUID = 1L;

  public TooLarge(String message) {
    super(message);
  }

  public static TooLarge evidence(long limit) {
    return new TooLarge("An evidence file may have at most " + limit + " bytes.");
  }
}
