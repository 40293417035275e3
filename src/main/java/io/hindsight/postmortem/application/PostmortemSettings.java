package io.hindsight.postmortem.application;

import io.hindsight.incident.domain.Severity;
import io.hindsight.postmortem.domain.BlameFinder;
import io.hindsight.postmortem.domain.BlameRules;
import io.hindsight.postmortem.domain.DeadlinePolicy;
import io.hindsight.postmortem.domain.EnglishText;
import io.hindsight.postmortem.domain.PostmortemWorkflow;
import io.hindsight.postmortem.domain.WorkingHours;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The post-mortem rules this installation runs with: which severities require one, the deadline
 * (wall clock or business hours), which severities may be waived, and the blame rules file.
 */
@ApplicationScoped
public class PostmortemSettings {

  @Inject
  @ConfigProperty(name = "hindsight.postmortem.required-severities", defaultValue = "P0,P1")
  String requiredSeverities;

  @Inject
  @ConfigProperty(name = "hindsight.postmortem.waivable-severities", defaultValue = "P2,P3")
  String waivableSeverities;

  @Inject
  @ConfigProperty(name = "hindsight.postmortem.due-hours", defaultValue = "48")
  int dueHours;

  @Inject
  @ConfigProperty(name = "hindsight.postmortem.business-hours", defaultValue = "false")
  boolean businessHours;

  @Inject
  @ConfigProperty(name = "hindsight.postmortem.zone", defaultValue = "UTC")
  String zone;

  @Inject
  @ConfigProperty(name = "hindsight.postmortem.holidays", defaultValue = " ")
  String holidays;

  @Inject
  @ConfigProperty(name = "hindsight.postmortem.blame-rules")
  Optional<String> blameRulesFile;

  private Set<Severity> required;
  private DeadlinePolicy deadlinePolicy;
  private PostmortemWorkflow workflow;
  private BlameRules blameRules;
  private BlameFinder blameCheck;

  @PostConstruct
  void read() {
    required = severities("hindsight.postmortem.required-severities", requiredSeverities);
    workflow =
        PostmortemWorkflow.waivableFor(
            severities("hindsight.postmortem.waivable-severities", waivableSeverities));
    if (dueHours < 1 || dueHours > 24 * 30) {
      throw new IllegalStateException(
          "hindsight.postmortem.due-hours must be from 1 to 720, not " + dueHours);
    }
    Duration allowance = Duration.ofHours(dueHours);
    deadlinePolicy =
        businessHours
            ? DeadlinePolicy.businessHours(
                allowance, WorkingHours.weekdays(zone()).withHolidays(holidays(holidays)))
            : DeadlinePolicy.wallClock(allowance);
    blameRules = blameRulesFile.map(PostmortemSettings::rules).orElseGet(BlameRules::standard);
    blameCheck = new BlameFinder(blameRules, EnglishText.shared());
  }

  public boolean requiredFor(Severity severity) {
    return required.contains(severity);
  }

  public DeadlinePolicy deadlinePolicy() {
    return deadlinePolicy;
  }

  public PostmortemWorkflow workflow() {
    return workflow;
  }

  /** The blame check, its language models loaded once when the application starts. */
  public BlameFinder blameCheck() {
    return blameCheck;
  }

  /** The rules of the rule file, before the team's words are added. */
  public BlameRules blameRules() {
    return blameRules;
  }

  /** The zone deadlines are counted in (business hours, daily reminders). */
  public ZoneId zone() {
    try {
      return ZoneId.of(zone.strip());
    } catch (RuntimeException e) {
      throw new IllegalStateException("hindsight.postmortem.zone is not a time zone: " + zone, e);
    }
  }

  static Set<Severity> severities(String name, String raw) {
    Set<Severity> result = EnumSet.noneOf(Severity.class);
    for (String part : raw.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      result.add(
          Severity.parse(part.strip().toUpperCase(Locale.ROOT))
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          name + " lists severities P0 to P3, not \"" + part.strip() + "\"")));
    }
    return result;
  }

  static List<LocalDate> holidays(String raw) {
    try {
      return java.util.Arrays.stream(raw.split(","))
          .map(String::strip)
          .filter(part -> !part.isEmpty())
          .map(LocalDate::parse)
          .toList();
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          "hindsight.postmortem.holidays lists dates like 2026-12-25: " + e.getParsedString(), e);
    }
  }

  private static BlameRules rules(String file) {
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      return BlameRules.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the blame rules file " + file, e);
    }
  }
}
