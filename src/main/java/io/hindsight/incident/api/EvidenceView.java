package io.hindsight.incident.api;

import io.hindsight.incident.domain.Evidence;
import java.time.Instant;

/** An evidence file's record, with its SHA-256 and where to download it. */
public record EvidenceView(
    long id,
    String fileName,
    String contentType,
    long sizeBytes,
    String sha256,
    String uploadedBy,
    Instant uploadedAt,
    String download) {

  static EvidenceView of(String incidentKey, Evidence e) {
    return new EvidenceView(
        e.id(),
        e.fileName().value(),
        e.type().mediaType(),
        e.sizeBytes(),
        e.sha256().hex(),
        e.uploadedBy().value(),
        e.uploadedAt(),
        "/api/v1/incidents/" + incidentKey + "/evidence/" + e.id() + "/content");
  }
}
