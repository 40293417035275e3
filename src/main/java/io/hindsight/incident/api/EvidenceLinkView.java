package io.hindsight.incident.api;

import io.hindsight.incident.domain.EvidenceLink;
import java.time.Instant;

/** A link to evidence kept elsewhere. */
public record EvidenceLinkView(long id, String url, String title, String addedBy, Instant addedAt) {

  static EvidenceLinkView of(EvidenceLink link) {
    return new EvidenceLinkView(
        link.id(), link.url(), link.title(), link.addedBy().value(), link.addedAt());
  }
}
