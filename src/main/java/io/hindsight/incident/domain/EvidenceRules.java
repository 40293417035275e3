package io.hindsight.incident.domain;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.TooLarge;

/** What an uploaded evidence file must be: not empty, within the size limit, of its stated type. */
public final class EvidenceRules {

  public static final long MAX_BYTES = 10L * 1024 * 1024;

  private EvidenceRules() {}

  public static EvidenceType check(String contentType, byte[] content) {
    EvidenceType type =
        EvidenceType.fromMediaType(contentType)
            .orElseThrow(
                () ->
                    FieldRefused.field(
                        "contentType",
                        "must be one of text/plain, text/csv, application/json, image/png,"
                            + " image/jpeg, application/pdf, application/gzip"));
    if (content.length > MAX_BYTES) {
      throw TooLarge.evidence(MAX_BYTES);
    }
    if (content.length == 0) {
      throw FieldRefused.field("file", "must not be empty");
    }
    if (!type.matches(content)) {
      throw FieldRefused.field("file", "its content is not " + type.mediaType() + " as declared");
    }
    return type;
  }
}
