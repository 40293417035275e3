package io.hindsight.security.domain;

import io.hindsight.platform.refusal.FieldRefused;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Which audit entries to show: by whom, about what kind of subject (and which one), which action,
 * and recorded from (inclusive) until (exclusive); each empty part matches every entry.
 */
public record AuditFilter(
    Optional<Username> actor,
    Optional<String> subjectKind,
    Optional<String> subjectId,
    Optional<AuditAction> action,
    Optional<Instant> from,
    Optional<Instant> until) {

  public static AuditFilter everything() {
    return new AuditFilter(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** The names of the filter's parameters, in the page's address and the API's query. */
  public static final Set<String> PARAMETERS =
      Set.of("actor", "kind", "subject", "action", "from", "to");

  /**
   * The filter the parameters ask for: {@code from} and {@code to} are dates ({@code 2026-12-01},
   * {@code to} inclusive) or instants ({@code 2026-12-01T10:00:00Z}, {@code to} exclusive).
   *
   * @param parameter a parameter's value by name; blank counts as absent
   * @throws FieldRefused naming each parameter that is not understood
   */
  public static AuditFilter parse(Function<String, Optional<String>> parameter) {
    Map<String, String> refused = new LinkedHashMap<>();
    Function<String, Optional<String>> given =
        name -> parameter.apply(name).map(String::strip).filter(v -> !v.isEmpty());
    Optional<Username> actor = given.apply("actor").flatMap(Username::parse);
    if (actor.isEmpty() && given.apply("actor").isPresent()) {
      refused.put("actor", "must be a user name (a-z, 0-9, '.', '_' and '-')");
    }
    Optional<String> kind = given.apply("kind").flatMap(AuditSubject::parseKind);
    if (kind.isEmpty() && given.apply("kind").isPresent()) {
      refused.put("kind", "must be a subject kind such as user, repository or incident");
    }
    Optional<String> subject = given.apply("subject");
    if (subject.isPresent()
        && (subject.get().length() > AuditSubject.MAX_ID
            || subject.get().chars().anyMatch(Character::isISOControl))) {
      refused.put("subject", "must be one line of at most " + AuditSubject.MAX_ID + " characters");
      subject = Optional.empty();
    }
    Optional<AuditAction> action = given.apply("action").flatMap(AuditAction::parse);
    if (action.isEmpty() && given.apply("action").isPresent()) {
      refused.put("action", "must be an action such as created, updated or credential-changed");
    }
    Optional<Instant> from = given.apply("from").flatMap(raw -> moment(raw, false));
    if (from.isEmpty() && given.apply("from").isPresent()) {
      refused.put("from", DATE);
    }
    Optional<Instant> until = given.apply("to").flatMap(raw -> moment(raw, true));
    if (until.isEmpty() && given.apply("to").isPresent()) {
      refused.put("to", DATE);
    }
    if (from.isPresent() && until.isPresent() && !from.get().isBefore(until.get())) {
      refused.put("to", "must be after from");
    }
    if (!refused.isEmpty()) {
      throw FieldRefused.fields(refused);
    }
    return new AuditFilter(actor, kind, subject, action, from, until);
  }

  private static final String DATE =
      "must be a date (2026-12-01) or an instant (2026-12-01T10:00:00Z) from 2000 to 9999";
  private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  private static Optional<Instant> moment(String raw, boolean end) {
    Instant instant;
    try {
      if (raw.length() == 10) {
        LocalDate day = LocalDate.parse(raw);
        instant = (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
      } else {
        instant = Instant.parse(raw);
      }
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
    return instant.isBefore(EARLIEST) || instant.isAfter(LATEST)
        ? Optional.empty()
        : Optional.of(instant);
  }
}
