package io.hindsight.platform.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * PostgreSQL full-text search: the terms are a tsvector weighted by field behind a GIN index, made
 * with the {@code simple} configuration from Hindsight's own tokens (already lower-cased, stemmed
 * and split at camel case, so both databases match the same words), and ranked with {@code
 * ts_rank}, normalised by document length.
 */
final class PostgresFullText implements FullTextDialect {

  private static final String WRITE =
      "update search_document set terms ="
          + " setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B')"
          + " || setweight(to_tsvector('simple', ?), 'C') || setweight(to_tsvector('simple', ?),"
          + " 'D') where id = ?";

  @Override
  public void writeTerms(Connection connection, long id, String kind, IndexedTerms terms)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(WRITE)) {
      statement.setString(1, terms.sequence(SearchText.TITLE));
      statement.setString(2, terms.sequence(SearchText.KEYWORDS));
      statement.setString(3, terms.sequence(SearchText.SUMMARY));
      statement.setString(4, terms.sequence(SearchText.BODY));
      statement.setLong(5, id);
      statement.executeUpdate();
    }
  }

  @Override
  public List<Ranked> rank(Connection connection, FullTextQuery query, List<String> terms)
      throws SQLException {
    String sql =
        "select d.id, ts_rank(cast(? as float4[]), d.terms, q.query, 1) as score"
            + " from search_document d, to_tsquery('simple', ?) q(query)"
            + " where d.terms @@ q.query"
            + FullTextDialect.filters(query)
            + " order by score desc, d.reference limit ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, weights(query));
      statement.setString(
          2, terms.stream().map(term -> "'" + term + "'").collect(Collectors.joining(" | ")));
      int next = FullTextDialect.bindFilters(statement, query, 3);
      statement.setInt(next, query.limit());
      List<Ranked> ranked = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          ranked.add(new Ranked(rows.getLong(1), rows.getDouble(2)));
        }
      }
      return ranked;
    }
  }

  /** The weights array {@code ts_rank} takes, in its order: D, C, B, A. */
  private static String weights(FullTextQuery query) {
    return String.format(
        Locale.ROOT,
        "{%f,%f,%f,%f}",
        query.relativeWeight(SearchText.BODY),
        query.relativeWeight(SearchText.SUMMARY),
        query.relativeWeight(SearchText.KEYWORDS),
        query.relativeWeight(SearchText.TITLE));
  }
}
