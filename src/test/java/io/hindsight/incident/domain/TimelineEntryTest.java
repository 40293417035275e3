package io.hindsight.incident.domain;

import static io.hindsight.incident.domain.Incidents.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.security.domain.Username;
import org.junit.jupiter.api.Test;

class TimelineEntryTest {

  private final Incident incident = Incidents.declared(Severity.P1, IncidentCategory.OUTAGE, T0);
  private final Username scribe = Username.of("responder");

  @Test
  void anEntryKeepsItsKindAuthorAndTimes() {
    TimelineEntry entry =
        TimelineEntry.append(
            incident,
            EntryKind.OBSERVATION,
            EntryText.of("5xx at 30%"),
            scribe,
            T0.minusSeconds(60),
            null,
            T0);
    assertThat(entry.kind()).isEqualTo(EntryKind.OBSERVATION);
    assertThat(entry.author()).contains(scribe);
    assertThat(entry.occurredAt()).isEqualTo(T0.minusSeconds(60));
    assertThat(entry.recordedAt()).isEqualTo(T0);
    assertThat(entry.correctsEntryId()).isEmpty();
  }

  @Test
  void onlyNotesOnceResolved() {
    incident.resolve(T0.plusSeconds(60), T0.plusSeconds(60));
    assertThatThrownBy(
            () ->
                TimelineEntry.append(
                    incident,
                    EntryKind.ACTION,
                    EntryText.of("restarted"),
                    scribe,
                    T0.plusSeconds(60),
                    null,
                    T0.plusSeconds(60)))
        .isInstanceOf(StateConflict.class)
        .hasMessageContaining("only notes");
    assertThat(
            TimelineEntry.append(
                    incident,
                    EntryKind.NOTE,
                    EntryText.of("follow-up"),
                    scribe,
                    T0.plusSeconds(60),
                    null,
                    T0.plusSeconds(60))
                .kind())
        .isEqualTo(EntryKind.NOTE);
  }

  @Test
  void entriesInTheFutureAreRefused() {
    assertThatThrownBy(
            () ->
                TimelineEntry.append(
                    incident,
                    EntryKind.NOTE,
                    EntryText.of("later"),
                    scribe,
                    T0.plusSeconds(3600),
                    null,
                    T0))
        .hasMessageContaining("must not be in the future");
  }

  @Test
  void entryTextIsChecked() {
    assertThatThrownBy(() -> EntryText.of(" ")).hasMessageContaining("must not be blank");
    assertThatThrownBy(() -> EntryText.of("x".repeat(EntryText.MAX_LENGTH + 1)))
        .hasMessageContaining("at most");
    assertThat(EntryText.of("line one\nline two").value()).contains("\n");
  }

  @Test
  void kindsParseByName() {
    assertThat(EntryKind.parse("status_update")).contains(EntryKind.STATUS_UPDATE);
    assertThat(EntryKind.parse("gossip")).isEmpty();
  }
}
