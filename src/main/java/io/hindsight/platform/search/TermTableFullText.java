package io.hindsight.platform.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Full-text search in plain SQL, for H2: a document's terms are rows of {@code search_term} (term,
 * kind of document, field, frequency), and a search is one grouped query over the rows of the terms
 * asked in documents of the kind asked, scored like PostgreSQL's {@code ts_rank} with length
 * normalisation: per matching term and field, the field's weight times {@code 1 + ln(frequency)},
 * divided by {@code 1 + ln(1 + terms)}. The rows are summed per document from one index that holds
 * every column they need (V40), before the documents are read, once each.
 */
final class TermTableFullText implements FullTextDialect {

  @Override
  public void writeTerms(Connection connection, long id, String kind, IndexedTerms terms)
      throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("delete from search_term where document_id = ?")) {
      delete.setLong(1, id);
      delete.executeUpdate();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into search_term (document_id, kind, term, field, frequency)"
                + " values (?, ?, ?, ?, ?)")) {
      int batched = 0;
      for (Map.Entry<String, Map<String, Integer>> field : terms.frequencies().entrySet()) {
        for (Map.Entry<String, Integer> term : field.getValue().entrySet()) {
          insert.setLong(1, id);
          insert.setString(2, kind);
          insert.setString(3, term.getKey());
          insert.setString(4, IndexedTerms.LETTERS.get(field.getKey()));
          insert.setInt(5, term.getValue());
          insert.addBatch();
          if (++batched % 500 == 0) {
            insert.executeBatch();
          }
        }
      }
      insert.executeBatch();
    }
  }

  @Override
  public List<Ranked> rank(Connection connection, FullTextQuery query, List<String> terms)
      throws SQLException {
    String sql =
        "select d.id, s.raw / (1 + ln(1 + d.term_count)) as score from (select document_id,"
            + " sum(case field when 'A' then ? when 'B' then ? when 'C' then ? else ? end"
            + " * (1 + ln(frequency))) as raw from search_term where term in ("
            + FullTextDialect.placeholders(terms.size())
            + ") and kind = ? group by document_id) s"
            + " join search_document d on d.id = s.document_id where 1 = 1"
            + FullTextDialect.filters(query)
            + " order by score desc, d.reference limit ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setDouble(1, query.relativeWeight(SearchText.TITLE));
      statement.setDouble(2, query.relativeWeight(SearchText.KEYWORDS));
      statement.setDouble(3, query.relativeWeight(SearchText.SUMMARY));
      statement.setDouble(4, query.relativeWeight(SearchText.BODY));
      int next = 5;
      for (String term : terms) {
        statement.setString(next++, term);
      }
      statement.setString(next++, query.kind());
      next = FullTextDialect.bindFilters(statement, query, next);
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
}
