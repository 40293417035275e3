package io.hindsight.security.api;

import io.hindsight.security.domain.EmailAddress;
import java.util.Optional;

/** Reads the {@code email} field of a request: blank or missing means "no address". */
final class EmailRequests {

  private EmailRequests() {}

  static Optional<EmailAddress> address(String typed) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(EmailAddress.parse("email", typed));
  }
}
