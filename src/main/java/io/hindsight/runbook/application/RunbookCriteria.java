package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.LintFilter;
import io.hindsight.runbook.domain.RunbookSeverity;
import jakarta.persistence.TypedQuery;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@link RunbookFilter} as the JPQL {@code where} clause over {@code IndexedRunbook r} and its
 * parameters: the one translation the catalog API and pages share.
 */
final class RunbookCriteria {

  /** The escape character of {@code like} patterns, plain in JPQL and in SQL alike. */
  private static final char ESCAPE = '!';

  private static final String TEXT_FIELDS =
      " and (lower(r.title) like :text escape '!' or lower(r.path) like :text escape '!'"
          + " or lower(r.owner) like :text escape '!' or lower(r.severity) like :text escape '!'"
          + " or lower(r.purpose) like :text escape '!' or exists (select 1 from IndexedRunbook t"
          + " join t.services ts where t = r and lower(ts) like :text escape '!'))";

  private RunbookCriteria() {}

  static String where(RunbookFilter filter) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    filter.repositoryId().ifPresent(id -> where.append(" and r.repositoryId = :repository"));
    filter.owner().ifPresent(owner -> where.append(" and lower(r.owner) = :owner"));
    filter
        .severity()
        .ifPresent(
            severity ->
                where.append(
                    level(severity).isPresent()
                        ? " and r.severityLevel = :severity"
                        : " and lower(r.severity) = :severity"));
    filter
        .service()
        .ifPresent(
            service ->
                where.append(
                    " and exists (select 1 from IndexedRunbook x join x.services s"
                        + " where x = r and lower(s) = :service)"));
    filter
        .folder()
        .filter(folder -> !folder.isRoot())
        .ifPresent(
            folder -> where.append(" and (r.folder = :folder or r.folder like :below escape '!')"));
    filter.text().ifPresent(text -> where.append(TEXT_FIELDS));
    filter.lint().ifPresent(lint -> where.append(lintClause(lint)));
    return where.toString();
  }

  static void bind(TypedQuery<?> query, RunbookFilter filter) {
    filter.repositoryId().ifPresent(id -> query.setParameter("repository", id));
    filter.owner().ifPresent(owner -> query.setParameter("owner", lower(owner)));
    filter
        .severity()
        .ifPresent(
            severity ->
                query.setParameter(
                    "severity", level(severity).map(Enum::name).orElseGet(() -> lower(severity))));
    filter.service().ifPresent(service -> query.setParameter("service", lower(service)));
    filter
        .folder()
        .filter(folder -> !folder.isRoot())
        .ifPresent(
            folder -> {
              query.setParameter("folder", folder.value());
              query.setParameter("below", escaped(folder.value()) + "/%");
            });
    filter.text().ifPresent(text -> query.setParameter("text", "%" + escaped(lower(text)) + "%"));
    filter.lint().ifPresent(lint -> bindLint(query, lint));
  }

  private static String lintClause(LintFilter lint) {
    if (lint.anyFinding()) {
      return " and r.lintFindings > 0";
    }
    return lint.status().isPresent()
        ? " and r.lintState = :lintState"
        : " and r.lintRules like :lintRule";
  }

  private static void bindLint(TypedQuery<?> query, LintFilter lint) {
    lint.status().ifPresent(status -> query.setParameter("lintState", status.name()));
    lint.rule().ifPresent(rule -> query.setParameter("lintRule", "%," + rule.id() + ",%"));
  }

  /**
   * The level a severity filter names: {@code critical}, {@code P0}, {@code sev1} and {@code
   * blocker} all find the runbooks whose severity names the critical level, however it is written;
   * a word that names no level finds the runbooks that write it so.
   */
  private static Optional<RunbookSeverity.Level> level(String severity) {
    return RunbookSeverity.parse(severity).flatMap(RunbookSeverity::level);
  }

  /** {@code text} matched literally by {@code like}: its wildcards and escape character escaped. */
  static String escaped(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c == '%' || c == '_' || c == ESCAPE) {
        out.append(ESCAPE);
      }
      out.append(c);
    }
    return out.toString();
  }

  private static String lower(String value) {
    return value.toLowerCase(Locale.ROOT);
  }
}
