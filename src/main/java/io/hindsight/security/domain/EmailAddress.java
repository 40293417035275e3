package io.hindsight.security.domain;

import io.hindsight.platform.refusal.FieldRefused;
import java.util.regex.Pattern;

/** A person's email address: one mailbox, {@code local@domain}, at most 320 characters. */
public record EmailAddress(String value) {

  private static final Pattern MAILBOX =
      Pattern.compile("[^@\\s\"<>,;()\\[\\]\\\\]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

  public EmailAddress {
    if (value == null || value.length() > 320 || !MAILBOX.matcher(value).matches()) {
      throw new IllegalArgumentException("not an email address");
    }
  }

  /** The address typed into {@code field}, or a refusal naming that field. */
  public static EmailAddress parse(String field, String typed) {
    String value = typed == null ? "" : typed.strip();
    if (value.length() > 320 || !MAILBOX.matcher(value).matches()) {
      throw FieldRefused.field(field, "must be an email address such as jane@example.com");
    }
    return new EmailAddress(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
