package io.hindsight.platform.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** How one database stores a document's terms and ranks documents for a query's terms. */
interface FullTextDialect {

  /**
   * Stores the terms of the document of kind {@code kind} with row id {@code id}, replacing any
   * stored before.
   */
  void writeTerms(Connection connection, long id, String kind, IndexedTerms terms)
      throws SQLException;

  /** The best documents for {@code terms} (not empty), best first, at most the query's limit. */
  List<Ranked> rank(Connection connection, FullTextQuery query, List<String> terms)
      throws SQLException;

  /** A document's row id and score. */
  record Ranked(long id, double score) {}

  /** The filters every dialect adds after its own: kind, scope, hidden references. */
  static String filters(FullTextQuery query) {
    StringBuilder where = new StringBuilder(" and d.kind = ?");
    if (query.scope().isPresent()) {
      where.append(" and d.scope = ?");
    }
    if (!query.hidden().isEmpty()) {
      where
          .append(" and d.reference not in (")
          .append(placeholders(query.hidden().size()))
          .append(')');
    }
    return where.toString();
  }

  /** Binds the values of {@link #filters}, from {@code index}; returns the next index. */
  static int bindFilters(java.sql.PreparedStatement statement, FullTextQuery query, int index)
      throws SQLException {
    int next = index;
    statement.setString(next++, query.kind());
    if (query.scope().isPresent()) {
      statement.setString(next++, query.scope().get());
    }
    for (String reference : query.hidden().stream().sorted().toList()) {
      statement.setString(next++, reference);
    }
    return next;
  }

  static String placeholders(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }
}
