package io.hindsight.runbook.application;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How the catalog is sorted: by default index pages first, then by title, per repository; by
 * severity most severe first, by last update newest first, by lint errors first, then warnings.
 */
public enum RunbookOrder {
  DEFAULT("default", "r.repositoryId, r.indexPage desc, lower(r.title), r.path"),
  TITLE("title", "lower(r.title), r.path"),
  PATH("path", "r.path, r.repositoryId"),
  SEVERITY(
      "severity",
      "case r.severityLevel when 'CRITICAL' then 0 when 'HIGH' then 1 when 'MEDIUM' then 2"
          + " when 'LOW' then 3 else 4 end, lower(r.severity) nulls last, lower(r.title), r.path"),
  UPDATED("updated", "r.lastUpdated desc nulls last, lower(r.title), r.path"),
  OWNER("owner", "lower(r.owner) nulls last, lower(r.title), r.path"),
  LINT(
      "lint",
      "case r.lintState when 'ERROR' then 0 when 'WARNING' then 1 when 'CLEAN' then 2 else 3 end,"
          + " r.lintFindings desc nulls last, lower(r.title), r.path");

  private final String id;
  private final String orderBy;

  RunbookOrder(String id, String orderBy) {
    this.id = id;
    this.orderBy = orderBy;
  }

  public String id() {
    return id;
  }

  /** The JPQL {@code order by} list, over {@code IndexedRunbook r}. */
  String orderBy() {
    return orderBy;
  }

  public static Optional<RunbookOrder> parse(String text) {
    String key = text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(order -> order.id.equals(key)).findFirst();
  }

  public static String accepted() {
    return Arrays.stream(values()).map(RunbookOrder::id).collect(Collectors.joining(", "));
  }
}
