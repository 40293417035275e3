package io.hindsight.platform.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the ranked documents of a search back as hits, each with its score and snippet. */
final class RankedHits {

  private RankedHits() {}

  static Map<Long, SearchHit> read(
      Connection connection,
      FullTextQuery query,
      List<String> terms,
      List<FullTextDialect.Ranked> ranked)
      throws SQLException {
    Map<Long, SearchHit> hits = new LinkedHashMap<>();
    if (ranked.isEmpty()) {
      return hits;
    }
    Map<Long, Double> scores = new HashMap<>();
    ranked.forEach(r -> scores.put(r.id(), r.score()));
    try (PreparedStatement select =
        connection.prepareStatement(
            "select id, kind, reference, scope, title, keywords, summary, body"
                + " from search_document where id in ("
                + FullTextDialect.placeholders(ranked.size())
                + ")")) {
      int index = 1;
      for (FullTextDialect.Ranked r : ranked) {
        select.setLong(index++, r.id());
      }
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          SearchText text =
              new SearchText(
                  new DocumentRef(rows.getString(2), rows.getString(3)),
                  rows.getString(4),
                  rows.getString(5),
                  rows.getString(6),
                  rows.getString(7),
                  rows.getString(8));
          long id = rows.getLong(1);
          hits.put(
              id,
              new SearchHit(
                  text.ref(),
                  text.scope(),
                  text.title(),
                  scores.get(id),
                  Snippets.of(text.fields(), terms, query.weights())));
        }
      }
    }
    return hits;
  }
}
