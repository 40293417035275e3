package io.hindsight.incident.domain;

import io.hindsight.runbook.domain.RunbookSummary;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runbooks that may help with an incident: those sharing words with its title and services (a
 * service named by the runbook counts double). The index is never suggested.
 */
public final class RunbookSuggestions {

  private static final Set<String> IGNORED =
      Set.of("the", "and", "for", "with", "from", "not", "are", "was", "md");

  private RunbookSuggestions() {}

  public static List<RunbookSummary> rank(
      IncidentTitle title, Set<ServiceName> services, List<RunbookSummary> catalog, int limit) {
    Set<String> wanted =
        Stream.concat(words(title.value()), services.stream().flatMap(s -> words(s.value())))
            .collect(Collectors.toSet());
    Set<String> serviceNames =
        services.stream().map(s -> s.value().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    record Scored(RunbookSummary runbook, long score) {}
    return catalog.stream()
        .filter(r -> !r.isIndex())
        .map(
            r ->
                new Scored(
                    r,
                    Stream.concat(words(r.title()), words(r.path().value()))
                            .distinct()
                            .filter(wanted::contains)
                            .count()
                        + 2
                            * r.services().stream()
                                .filter(s -> serviceNames.contains(s.toLowerCase(Locale.ROOT)))
                                .count()))
        .filter(s -> s.score() > 0)
        .sorted(
            Comparator.comparingLong(Scored::score)
                .reversed()
                .thenComparing(s -> s.runbook().title()))
        .limit(limit)
        .map(Scored::runbook)
        .toList();
  }

  private static Stream<String> words(String text) {
    return Stream.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> w.length() >= 3 && !IGNORED.contains(w));
  }
}
