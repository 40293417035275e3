package io.hindsight.notify.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class DeadlineCalendarTest {

  private static final Instant DUE = Instant.parse("2026-12-03T17:30:00Z");

  private DeadlineCalendar feed(Instant stamp) {
    return new DeadlineCalendar("responder", stamp)
        .postmortemDue(
            "PM-2026-0042",
            "Checkout 5xx; \"cart\", <b>down</b>",
            DUE,
            URI.create("https://hindsight.example.com/postmortem.xhtml?key=PM-2026-0042"))
        .actionItemDue(
            17,
            "Alert on queue depth",
            LocalDate.of(2026, 12, 20),
            URI.create("https://hindsight.example.com/action-items.xhtml"));
  }

  @Test
  void writesAValidCalendarThatReadsBack() throws Exception {
    String text = feed(Instant.parse("2026-12-01T19:47:00Z")).write();
    assertThat(text)
        .startsWith("BEGIN:VCALENDAR\r\n")
        .contains("VERSION:2.0\r\n")
        .contains("PRODID:-//Hindsight//Deadlines//EN\r\n")
        .contains("DTSTART:20261203T170000Z\r\n")
        .contains("UID:postmortem-PM-2026-0042@hindsight\r\n")
        .contains("DTSTART;VALUE=DATE:20261220\r\n")
        .contains("UID:action-item-17@hindsight\r\n")
        .contains("SUMMARY:Post-mortem due: Checkout 5xx\\; \"cart\"\\, <b>down</b>\r\n");

    Calendar read = new CalendarBuilder().build(new StringReader(text));
    read.validate();
    assertThat(read.<VEvent>getComponents("VEVENT")).hasSize(2);
  }

  @Test
  void theSameDeadlinesGiveTheSameUidsWheneverTheFeedIsBuilt() {
    String first = feed(Instant.parse("2026-12-01T19:47:00Z")).write();
    String later = feed(Instant.parse("2026-12-02T08:00:00Z")).write();
    assertThat(uids(first)).isEqualTo(uids(later)).hasSize(2);
  }

  @Test
  void aRunbookReviewIsAnAllDayEventOnItsDueDateKeyedByItsQueueItem() throws Exception {
    String text =
        new DeadlineCalendar("reviewer", DUE)
            .reviewDue(
                31,
                "Disk full",
                LocalDate.of(2026, 12, 31),
                URI.create("https://hindsight.example.com/review.xhtml?repo=ops&path=disk.md"))
            .write();
    assertThat(text)
        .contains("DTSTART;VALUE=DATE:20261231\r\n")
        .contains("UID:runbook-review-31@hindsight\r\n")
        .contains("SUMMARY:Runbook review due: Disk full\r\n");
    Calendar read = new CalendarBuilder().build(new StringReader(text));
    read.validate();
    assertThat(read.<VEvent>getComponents("VEVENT")).hasSize(1);
  }

  @Test
  void anEmptyFeedIsStillACalendar() {
    assertThat(new DeadlineCalendar("viewer", DUE).write())
        .contains("BEGIN:VCALENDAR")
        .contains("X-WR-CALNAME:Hindsight: viewer")
        .doesNotContain("VEVENT");
  }

  private static java.util.List<String> uids(String text) {
    return text.lines().filter(l -> l.startsWith("UID:")).toList();
  }
}
