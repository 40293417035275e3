package io.hindsight.runbook.web;

import io.hindsight.runbook.application.CatalogEntry;
import io.hindsight.runbook.domain.LintStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/**
 * How the cells of a catalog row read: badges for severity and lint, and text cut short, so that a
 * row stays short whatever a runbook's metadata says and a page of 50 stays small.
 */
@Named
@ApplicationScoped
public class CatalogCells {

  static final int MAX_CELL = 200;
  static final int MAX_SERVICES = 5;

  /** The badge of a row's lint: "clean", "3 findings", or a dash before lint has run. */
  public String lintLabel(CatalogEntry entry) {
    if (entry.lint().isEmpty()) {
      return "—";
    }
    return entry.findings() == 0
        ? "clean"
        : entry.findings() + (entry.findings() == 1 ? " finding" : " findings");
  }

  public String lintClass(CatalogEntry entry) {
    return entry.lint().map(status -> status == LintStatus.CLEAN ? "low" : "medium").orElse("");
  }

  /** The badge class of a severity: its level, or none for a word that names no level. */
  public String severityClass(CatalogEntry entry) {
    return entry
        .runbook()
        .severityLevel()
        .map(level -> level.name().toLowerCase(Locale.ROOT))
        .orElse("");
  }

  /** The title as a row shows it: at most {@value #MAX_CELL} characters. */
  public String titleOf(CatalogEntry entry) {
    return cut(entry.runbook().title());
  }

  public String purposeOf(CatalogEntry entry) {
    return entry.runbook().purpose().map(CatalogCells::cut).orElse("");
  }

  /** The first {@value #MAX_SERVICES} services, and how many more there are. */
  public String servicesOf(CatalogEntry entry) {
    List<String> services = entry.runbook().services();
    String shown =
        String.join(", ", services.stream().limit(MAX_SERVICES).map(CatalogCells::cut).toList());
    return services.size() > MAX_SERVICES
        ? shown + " and " + (services.size() - MAX_SERVICES) + " more"
        : shown;
  }

  /** Rows stay short whatever a runbook's metadata says, so that a page stays small. */
  private static String cut(String text) {
    return text.length() > MAX_CELL ? text.substring(0, MAX_CELL - 1) + "…" : text;
  }
}
