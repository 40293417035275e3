package io.hindsight.platform.search;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.jdbc.ReturningWork;

/**
 * The full-text index every node shares: one row of {@code search_document} per document, written
 * when the document changes, searched in the database (PostgreSQL's text search, or a term table on
 * H2). Features write their documents here and search them with their own weights and visibility.
 */
@ApplicationScoped
public class SearchDocuments {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  private FullTextDialect dialect;

  @PostConstruct
  void chooseDialect() {
    boolean postgres =
        em.getEntityManagerFactory()
                .unwrap(SessionFactoryImplementor.class)
                .getJdbcServices()
                .getDialect()
            instanceof PostgreSQLDialect;
    dialect = postgres ? new PostgresFullText() : new TermTableFullText();
  }

  /** Indexes {@code text}, replacing the document with the same reference; unchanged, no write. */
  @Transactional
  public void put(SearchText text) {
    work(connection -> write(connection, text, stored(connection, text.ref()).orElse(null)));
  }

  @Transactional
  public void remove(DocumentRef ref) {
    work(
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement(
                  "delete from search_document where kind = ? and reference = ?")) {
            delete.setString(1, ref.kind());
            delete.setString(2, ref.id());
            delete.executeUpdate();
          }
          return null;
        });
  }

  /**
   * Makes the documents of {@code kind} in {@code scope} exactly {@code texts}: writes the new and
   * changed ones, deletes those not among them, leaves the rest. In its own transaction, so that a
   * node writing the same documents at the same moment fails only this call.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int replaceScope(String kind, String scope, Collection<SearchText> texts) {
    return work(
        connection -> {
          Map<String, Stored> stored = new HashMap<>();
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select id, reference, fingerprint from search_document"
                      + " where kind = ? and scope = ?")) {
            select.setString(1, kind);
            select.setString(2, scope);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                stored.put(rows.getString(2), new Stored(rows.getLong(1), rows.getString(3)));
              }
            }
          }
          int written = 0;
          Set<String> kept = new HashSet<>();
          for (SearchText text : texts) {
            kept.add(text.ref().id());
            Stored before = stored.get(text.ref().id());
            if (before == null) {
              before = stored(connection, text.ref()).orElse(null);
            }
            if (write(connection, text, before)) {
              written++;
            }
          }
          try (PreparedStatement delete =
              connection.prepareStatement("delete from search_document where id = ?")) {
            for (Map.Entry<String, Stored> entry : stored.entrySet()) {
              if (!kept.contains(entry.getKey())) {
                delete.setLong(1, entry.getValue().id());
                delete.addBatch();
                written++;
              }
            }
            delete.executeBatch();
          }
          return written;
        });
  }

  /** Drops every document of {@code kind} in {@code scope}, such as a removed repository's. */
  @Transactional
  public void removeScope(String kind, String scope) {
    work(
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement(
                  "delete from search_document where kind = ? and scope = ?")) {
            delete.setString(1, kind);
            delete.setString(2, scope);
            delete.executeUpdate();
          }
          return null;
        });
  }

  /** The references of every indexed document of {@code kind}. */
  @Transactional
  public Set<String> references(String kind) {
    return work(
        connection -> {
          Set<String> references = new HashSet<>();
          try (PreparedStatement select =
              connection.prepareStatement("select reference from search_document where kind = ?")) {
            select.setString(1, kind);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                references.add(rows.getString(1));
              }
            }
          }
          return references;
        });
  }

  /**
   * The documents matching any term of the query, best first, each with a snippet: two queries, the
   * ranking and the texts of the hits. A query without terms finds nothing.
   */
  @Transactional
  public List<SearchHit> search(FullTextQuery query) {
    List<String> terms = query.terms();
    if (terms.isEmpty() || query.limit() < 1) {
      return List.of();
    }
    return work(
        connection -> {
          List<FullTextDialect.Ranked> ranked = dialect.rank(connection, query, terms);
          Map<Long, SearchHit> hits = RankedHits.read(connection, query, terms, ranked);
          List<SearchHit> best = new ArrayList<>();
          ranked.forEach(r -> Optional.ofNullable(hits.get(r.id())).ifPresent(best::add));
          return best;
        });
  }

  private Optional<Stored> stored(Connection connection, DocumentRef ref) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select id, fingerprint from search_document where kind = ? and reference = ?")) {
      select.setString(1, ref.kind());
      select.setString(2, ref.id());
      try (ResultSet rows = select.executeQuery()) {
        return rows.next()
            ? Optional.of(new Stored(rows.getLong(1), rows.getString(2)))
            : Optional.empty();
      }
    }
  }

  /** Writes {@code text} over {@code before} (null when new); false when nothing changed. */
  private boolean write(Connection connection, SearchText text, Stored before) throws SQLException {
    String fingerprint = text.fingerprint();
    if (before != null && before.fingerprint().equals(fingerprint)) {
      return false;
    }
    IndexedTerms terms = new IndexedTerms(text);
    long id;
    if (before == null) {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into search_document (kind, reference, scope, title, keywords, summary,"
                  + " body, term_count, fingerprint, updated_at"
                  + (dialect instanceof PostgresFullText ? ", terms" : "")
                  + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
                  + (dialect instanceof PostgresFullText ? ", cast('' as tsvector)" : "")
                  + ")",
              new String[] {"id"})) {
        bind(insert, text, terms, fingerprint, 1);
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
      }
    } else {
      id = before.id();
      try (PreparedStatement update =
          connection.prepareStatement(
              "update search_document set kind = ?, reference = ?, scope = ?, title = ?,"
                  + " keywords = ?, summary = ?, body = ?, term_count = ?, fingerprint = ?,"
                  + " updated_at = ? where id = ?")) {
        int next = bind(update, text, terms, fingerprint, 1);
        update.setLong(next, id);
        update.executeUpdate();
      }
    }
    dialect.writeTerms(connection, id, text.ref().kind(), terms);
    return true;
  }

  private int bind(
      PreparedStatement statement,
      SearchText text,
      IndexedTerms terms,
      String fingerprint,
      int from)
      throws SQLException {
    int next = from;
    statement.setString(next++, text.ref().kind());
    statement.setString(next++, text.ref().id());
    statement.setString(next++, text.scope());
    statement.setString(next++, text.title());
    statement.setString(next++, text.keywords());
    statement.setString(next++, text.summary());
    statement.setString(next++, text.body());
    statement.setInt(next++, terms.count());
    statement.setString(next++, fingerprint);
    statement.setObject(next++, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    return next;
  }

  private <T> T work(ReturningWork<T> work) {
    return em.unwrap(Session.class).doReturningWork(work);
  }

  private record Stored(long id, String fingerprint) {}
}
