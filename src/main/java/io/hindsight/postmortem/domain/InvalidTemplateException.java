package io.hindsight.postmortem.domain;

/** A template or template change that is not allowed; the message is safe to show. */
public final class InvalidTemplateException extends IllegalArgumentException {

  public InvalidTemplateException(String message) {
    super(message);
  }
}
