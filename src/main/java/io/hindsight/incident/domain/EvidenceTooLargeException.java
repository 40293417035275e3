package io.hindsight.incident.domain;

/** An evidence file over the size limit. */
public final class EvidenceTooLargeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public EvidenceTooLargeException(long limit) {
    super("An evidence file may have at most " + limit + " bytes.");
  }
}
