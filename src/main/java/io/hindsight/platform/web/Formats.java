package io.hindsight.platform.web;

import io.hindsight.platform.text.HumanReadable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;

/**
 * The one formatter of dates and numbers for pages, as {@code #{fmt.…}}. Pages print UTC; {@code
 * static/times.js} rewrites each {@code <time>} into the viewer's own time zone and keeps relative
 * times current.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

  private static final HumanReadable UTC = new HumanReadable(ZoneOffset.UTC);

  @Inject Clock clock;

  public String time(Instant at) {
    return UTC.time(at);
  }

  public String date(Instant at) {
    return UTC.date(at);
  }

  public String relative(Instant at) {
    return UTC.relative(at, clock.instant());
  }

  public String seconds(Long seconds) {
    return UTC.seconds(seconds);
  }

  public String minutes(long minutes) {
    return UTC.duration(Duration.ofMinutes(minutes));
  }

  public String count(long n, String singular) {
    return HumanReadable.count(n, singular);
  }

  public String count(long n, String singular, String plural) {
    return HumanReadable.count(n, singular, plural);
  }

  public String noun(long n, String singular) {
    return HumanReadable.noun(n, singular);
  }

  /**
   * The items joined by ", ". Pages cannot call {@code String.join}: Faces resolves the name {@code
   * String} as a scoped attribute (null) before EL would look at its imported classes.
   */
  public String list(Collection<?> items) {
    return HumanReadable.list(items, ", ");
  }

  public String list(Collection<?> items, String separator) {
    return HumanReadable.list(items, separator);
  }

  /** Now, as ISO-8601, for scripts that count down from the server's clock. */
  public String now() {
    return clock.instant().toString();
  }
}
