package io.hindsight.review.domain;

import io.hindsight.security.domain.Username;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Who reviews a runbook nobody assigned: its owner when the owner names a user of Hindsight (a team
 * name such as "Platform Team" names none), else nobody.
 */
public final class DefaultAssignee {

  private DefaultAssignee() {}

  public static Optional<Username> of(Optional<String> owner, Predicate<Username> isUser) {
    return owner
        .map(String::strip)
        .map(written -> written.startsWith("@") ? written.substring(1) : written)
        .flatMap(Username::parse)
        .filter(isUser);
  }
}
