package io.hindsight.incident.api;

import java.time.Instant;

/** {@code POST …/timeline}: an entry; {@code corrects} is the id of the entry it corrects. */
public record EntryRequest(String kind, String text, Instant occurredAt, Long corrects) {}
