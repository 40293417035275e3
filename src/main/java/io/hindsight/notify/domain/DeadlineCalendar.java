package io.hindsight.notify.domain;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A person's deadlines as an RFC 5545 calendar (ical4j, validated when written). Every event's UID
 * is derived from what it is about ({@code postmortem-PM-2026-0042@hindsight}), never from when the
 * feed was built, so calendar clients update an event instead of adding a copy.
 */
public final class DeadlineCalendar {

  /** Post-mortem deadlines are shown as half-hour events ending at the due time. */
  static final Duration POSTMORTEM_SLOT = Duration.ofMinutes(30);

  private final String owner;
  private final Instant stamp;
  private final List<VEvent> events = new ArrayList<>();

  public DeadlineCalendar(String owner, Instant stamp) {
    this.owner = owner;
    this.stamp = stamp;
  }

  public DeadlineCalendar postmortemDue(String key, String title, Instant due, URI link) {
    VEvent event =
        new VEvent(due.minus(POSTMORTEM_SLOT), POSTMORTEM_SLOT, "Post-mortem due: " + title);
    event.replace(new DtStamp(stamp));
    event.add(new Uid("postmortem-" + key + "@hindsight"));
    event.add(new Description(key + ": the blameless post-mortem is due at " + due + "."));
    event.add(new Url(link));
    events.add(event);
    return this;
  }

  public DeadlineCalendar actionItemDue(long id, String title, LocalDate due, URI link) {
    VEvent event = new VEvent(due, "Action item due: " + title);
    event.replace(new DtStamp(stamp));
    event.add(new Uid("action-item-" + id + "@hindsight"));
    event.add(new Url(link));
    events.add(event);
    return this;
  }

  /** A runbook review assigned to the person, an all-day event on its due date. */
  public DeadlineCalendar reviewDue(long itemId, String title, LocalDate due, URI link) {
    VEvent event = new VEvent(due, "Runbook review due: " + title);
    event.replace(new DtStamp(stamp));
    event.add(new Uid("runbook-review-" + itemId + "@hindsight"));
    event.add(new Url(link));
    events.add(event);
    return this;
  }

  public int size() {
    return events.size();
  }

  /** The calendar as text, CRLF line endings and folded lines as RFC 5545 requires. */
  public String write() {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Hindsight//Deadlines//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new XProperty("X-WR-CALNAME", "Hindsight: " + owner));
    events.forEach(calendar::add);
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(true).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
