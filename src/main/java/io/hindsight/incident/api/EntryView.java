package io.hindsight.incident.api;

import io.hindsight.incident.domain.TimelineEntry;
import io.hindsight.security.domain.Username;
import java.time.Instant;
import java.util.Locale;

/**
 * A timeline entry; {@code author} is absent for entries Hindsight wrote (escalations). {@code
 * note} is a gentle note on the entry just written (for example from the blame check), absent in
 * lists.
 */
public record EntryView(
    long id,
    String kind,
    String text,
    String author,
    Instant occurredAt,
    Instant recordedAt,
    Long corrects,
    String note) {

  static EntryView of(TimelineEntry e) {
    return of(e, null);
  }

  static EntryView of(TimelineEntry e, String note) {
    return new EntryView(
        e.id(),
        e.kind().name().toLowerCase(Locale.ROOT),
        e.text(),
        e.author().map(Username::value).orElse(null),
        e.occurredAt(),
        e.recordedAt(),
        e.correctsEntryId().orElse(null),
        note);
  }
}
