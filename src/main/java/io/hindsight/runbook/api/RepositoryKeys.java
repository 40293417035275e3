package io.hindsight.runbook.api;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.runbook.domain.RepositoryKey;

/** Repository keys read from addresses (400 when malformed) and from bodies (field error). */
final class RepositoryKeys {

  private RepositoryKeys() {}

  static RepositoryKey parse(String raw) {
    try {
      return RepositoryKey.of(raw == null ? "" : raw);
    } catch (IllegalArgumentException malformed) {
      throw FieldRefused.because(malformed.getMessage());
    }
  }

  static RepositoryKey parseField(String raw) {
    try {
      return RepositoryKey.of(raw);
    } catch (IllegalArgumentException malformed) {
      throw FieldRefused.field("key", malformed.getMessage());
    }
  }
}
