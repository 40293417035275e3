package io.hindsight.platform.metrics;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the current thread while a count is open: {@link
 * HttpServerMetricsFilter} opens one per request, so that a list that loads its rows one at a time
 * shows in {@code http_server_db_statements}. Named in {@code persistence.xml}; Hibernate makes the
 * instance. Work done with plain JDBC inside Hibernate's connection is not counted.
 */
public final class StatementCount implements StatementInspector {

  private static final long serialVersionUID = 1L;

  private static final ThreadLocal<Counter> CURRENT = new ThreadLocal<>();

  /** Starts counting on this thread; the count ends when the returned counter is closed. */
  public static Counter open() {
    Counter counter = new Counter(CURRENT.get());
    CURRENT.set(counter);
    return counter;
  }

  @Override
  public String inspect(String sql) {
    Counter counter = CURRENT.get();
    if (counter != null) {
      counter.statements++;
    }
    return sql;
  }

  /** The statements of one request so far; closing it restores the count it was opened inside. */
  public static final class Counter implements AutoCloseable {

    private final Counter outer;
    private int statements;

    private Counter(Counter outer) {
      this.outer = outer;
    }

    public int statements() {
      return statements;
    }

    @Override
    public void close() {
      if (outer == null) {
        CURRENT.remove();
      } else {
        outer.statements += statements;
        CURRENT.set(outer);
      }
    }
  }
}
