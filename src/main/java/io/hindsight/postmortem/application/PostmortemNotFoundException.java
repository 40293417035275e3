package io.hindsight.postmortem.application;

/** No post-mortem with that key, or one of an incident the caller may not see. */
public final class PostmortemNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PostmortemNotFoundException(String key) {
    super("There is no post-mortem " + key + ".");
  }
}
