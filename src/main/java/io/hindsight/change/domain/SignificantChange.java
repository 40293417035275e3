package io.hindsight.change.domain;

import io.hindsight.platform.markdown.MarkdownStructure;
import io.hindsight.platform.markdown.MarkdownStructure.OutlineHeading;
import io.hindsight.runbook.domain.RunbookSeverity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a change earns a release tag: the author ticked "significant", the runbook is of the
 * highest severity, or a section (a level 2 heading) was added or removed. Each reason can be
 * turned off.
 */
public record SignificantChange(boolean highestSeverity, boolean sections) {

  public static SignificantChange defaults() {
    return new SignificantChange(true, true);
  }

  /**
   * @param before the runbook's Markdown body before, empty for a new runbook
   * @return why the change is significant; empty when it is not
   */
  public List<String> reasons(
      boolean ticked, Optional<RunbookSeverity> severity, String before, String after) {
    List<String> reasons = new ArrayList<>();
    if (ticked) {
      reasons.add("marked significant by its author");
    }
    if (highestSeverity
        && severity
            .flatMap(RunbookSeverity::level)
            .filter(RunbookSeverity.Level.CRITICAL::equals)
            .isPresent()) {
      reasons.add("a runbook of the highest severity changed");
    }
    if (sections) {
      Set<String> old = sectionsOf(before);
      Set<String> now = sectionsOf(after);
      now.stream().filter(s -> !old.contains(s)).forEach(s -> reasons.add("section added: " + s));
      old.stream().filter(s -> !now.contains(s)).forEach(s -> reasons.add("section removed: " + s));
    }
    return List.copyOf(reasons);
  }

  private static Set<String> sectionsOf(String body) {
    return MarkdownStructure.of(body).headings().stream()
        .filter(h -> h.level() == 2)
        .map(OutlineHeading::text)
        .map(t -> t.strip().toLowerCase(Locale.ROOT))
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }
}
