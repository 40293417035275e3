package io.hindsight.incident.domain;

/** What an uploaded evidence file must be: not empty, within the size limit, of its stated type. */
public final class EvidenceRules {

  public static final long MAX_BYTES = 10L * 1024 * 1024;

  private EvidenceRules() {}

  public static EvidenceType check(String contentType, byte[] content) {
    EvidenceType type =
        EvidenceType.fromMediaType(contentType)
            .orElseThrow(
                () ->
                    new IncidentRuleException(
                        "contentType",
                        "must be one of text/plain, text/csv, application/json, image/png,"
                            + " image/jpeg, application/pdf, application/gzip"));
    if (content.length > MAX_BYTES) {
      throw new EvidenceTooLargeException(MAX_BYTES);
    }
    if (content.length == 0) {
      throw new IncidentRuleException("file", "must not be empty");
    }
    if (!type.matches(content)) {
      throw new IncidentRuleException(
          "file", "its content is not " + type.mediaType() + " as declared");
    }
    return type;
  }
}
