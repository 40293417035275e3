package io.hindsight.incident.api;

import io.hindsight.incident.domain.TimelineEntry;
import io.hindsight.security.domain.Username;
import java.time.Instant;
import java.util.Locale;

/** A timeline entry; {@code author} is absent for entries Hindsight wrote (escalations). */
public record EntryView(
    long id,
    String kind,
    String text,
    String author,
    Instant occurredAt,
    Instant recordedAt,
    Long corrects) {

  static EntryView of(TimelineEntry e) {
    return new EntryView(
        e.id(),
        e.kind().name().toLowerCase(Locale.ROOT),
        e.text(),
        e.author().map(Username::value).orElse(null),
        e.occurredAt(),
        e.recordedAt(),
        e.correctsEntryId().orElse(null));
  }
}
