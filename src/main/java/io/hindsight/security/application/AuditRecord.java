package io.hindsight.security.application;

import io.hindsight.security.domain.AuditEntry;
import io.hindsight.security.domain.FieldChange;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit entry as the audit page, the API and the exports show it. */
@Schema(name = "AuditEntry")
public record AuditRecord(
    long id,
    Instant at,
    String actor,
    @Schema(enumeration = {"page", "api"}) String via,
    String clientAddress,
    String kind,
    String subject,
    String action,
    List<Change> changes,
    String reason) {

  /** One field's change; a concealed one (a secret) has neither value. */
  @Schema(name = "AuditFieldChange")
  public record Change(String field, String before, String after, boolean concealed) {

    static Change of(FieldChange change) {
      return new Change(
          change.field(),
          change.before().orElse(null),
          change.after().orElse(null),
          change.concealed());
    }

    /** The change in one line. */
    public String describe() {
      return new FieldChange(
              field,
              java.util.Optional.ofNullable(before),
              java.util.Optional.ofNullable(after),
              concealed)
          .describe();
    }
  }

  static AuditRecord of(AuditEntry entry) {
    return new AuditRecord(
        entry.id(),
        entry.recordedAt(),
        entry.actor().value(),
        entry.via().spelling(),
        entry.clientAddress().orElse(null),
        entry.subject().kind(),
        entry.subject().id(),
        entry.action().name(),
        entry.changes().list().stream().map(Change::of).toList(),
        entry.reason().orElse(null));
  }
}
