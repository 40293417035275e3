package io.hindsight.postmortem.domain;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.security.domain.Username;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything authors write in a post-mortem: the sections' Markdown, the contributing factors, the
 * impact figures, the incident log entries left out of the timeline, the authors, and the blame
 * warnings they acknowledged (by fingerprint).
 */
public record PostmortemContent(
    Map<SectionKey, String> sections,
    List<ContributingFactor> factors,
    ImpactFigures impact,
    Set<Long> hiddenEntries,
    Set<Username> authors,
    Set<String> acknowledged) {

  public static final int MAX_SECTION_LENGTH = 50_000;
  public static final int MAX_TOTAL_LENGTH = 300_000;
  public static final int MAX_FACTORS = 50;
  public static final int MAX_AUTHORS = 20;
  public static final int MAX_ACKNOWLEDGED = 500;

  public PostmortemContent {
    sections = Map.copyOf(sections);
    factors = List.copyOf(factors);
    Objects.requireNonNull(impact, "impact");
    hiddenEntries = Set.copyOf(hiddenEntries);
    authors = Set.copyOf(authors);
    acknowledged = Set.copyOf(acknowledged);
    sections.forEach(
        (key, text) -> {
          if (text.length() > MAX_SECTION_LENGTH) {
            throw FieldRefused.field(
                "sections." + key, "A section has at most " + MAX_SECTION_LENGTH + " characters.");
          }
        });
    int total = sections.values().stream().mapToInt(String::length).sum();
    if (total > MAX_TOTAL_LENGTH) {
      throw FieldRefused.field(
          "sections",
          "A post-mortem has at most "
              + MAX_TOTAL_LENGTH
              + " characters in all its sections; this one has "
              + total
              + ".");
    }
    if (factors.size() > MAX_FACTORS) {
      throw FieldRefused.field(
          "factors", "A post-mortem has at most " + MAX_FACTORS + " contributing factors.");
    }
    if (authors.isEmpty()) {
      throw FieldRefused.field("authors", "A post-mortem needs at least one author.");
    }
    if (authors.size() > MAX_AUTHORS) {
      throw FieldRefused.field("authors", "A post-mortem has at most " + MAX_AUTHORS + " authors.");
    }
    if (acknowledged.size() > MAX_ACKNOWLEDGED
        || acknowledged.stream().anyMatch(f -> f.length() > 300)) {
      throw FieldRefused.field("acknowledged", "Too many or too long acknowledged warnings.");
    }
  }
}
