package io.hindsight.runbook.web;

import io.hindsight.runbook.domain.RepositoryKey;
import java.util.Optional;

/** Reads the repository key of a page address; a malformed one reads as empty. */
final class RunbookAddress {

  private RunbookAddress() {}

  static Optional<RepositoryKey> key(String value) {
    return RepositoryKey.parse(value);
  }
}
