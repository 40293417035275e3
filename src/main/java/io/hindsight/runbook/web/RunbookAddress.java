package io.hindsight.runbook.web;

import io.hindsight.runbook.domain.RepositoryKey;
import java.util.Optional;

/** Reads the repository key of a page address; a malformed one reads as empty. */
final class RunbookAddress {

  private RunbookAddress() {}

  static Optional<RepositoryKey> key(String value) {
    try {
      return Optional.of(RepositoryKey.of(value == null ? "" : value));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }
}
