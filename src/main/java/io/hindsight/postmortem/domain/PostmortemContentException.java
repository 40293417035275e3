package io.hindsight.postmortem.domain;

/** Content a post-mortem cannot hold, naming the field; the message is safe to show. */
public final class PostmortemContentException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public PostmortemContentException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
