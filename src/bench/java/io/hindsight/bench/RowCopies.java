package io.hindsight.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Copies of rows the application wrote itself, inserted in JDBC batches: every column is read from
 * the prototype row and written again with the few values a copy changes, so that the copies hold
 * only values the application would write (enum spellings, keys, hashes, template versions).
 */
final class RowCopies {

  private static final int BATCH = 2_000;

  /** Changes a copy's columns (lower-case names) before it is written. */
  interface Change {
    void apply(long copy, int row, Map<String, Object> columns);
  }

  private final Connection connection;

  RowCopies(Connection connection) {
    this.connection = connection;
  }

  /** The rows of {@code table} where {@code column} equals {@code value}, in their order. */
  List<Map<String, Object>> rows(String table, String column, Object value, String order)
      throws SQLException {
    String sql = "select * from " + table + " where " + column + " = ? order by " + order;
    List<Map<String, Object>> rows = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setObject(1, value);
      try (ResultSet result = select.executeQuery()) {
        ResultSetMetaData meta = result.getMetaData();
        while (result.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int c = 1; c <= meta.getColumnCount(); c++) {
            row.put(meta.getColumnLabel(c).toLowerCase(Locale.ROOT), result.getObject(c));
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  /**
   * Writes {@code copies} copies of the prototype rows, numbered from 0, and commits every batch.
   *
   * @return the rows written
   */
  long insert(String table, List<Map<String, Object>> prototype, long copies, Change change)
      throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      return write(table, prototype, copies, change, true);
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /**
   * As {@link #insert}, in the caller's transaction: nothing is committed, so what the caller
   * writes with the copies becomes visible to the server at the same time as they do.
   */
  long insertUncommitted(
      String table, List<Map<String, Object>> prototype, long copies, Change change)
      throws SQLException {
    if (connection.getAutoCommit()) {
      throw new SQLException("insertUncommitted needs a transaction (auto-commit is on)");
    }
    return write(table, prototype, copies, change, false);
  }

  private long write(
      String table,
      List<Map<String, Object>> prototype,
      long copies,
      Change change,
      boolean commitEachBatch)
      throws SQLException {
    if (prototype.isEmpty()) {
      throw new SQLException("No prototype row in " + table);
    }
    List<String> columns = new ArrayList<>(prototype.get(0).keySet());
    String sql =
        "insert into "
            + table
            + " ("
            + String.join(", ", columns)
            + ") values ("
            + "?, ".repeat(columns.size() - 1)
            + "?)";
    int[] types = types(table, columns);
    long written = 0;
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (long copy = 0; copy < copies; copy++) {
        for (int row = 0; row < prototype.size(); row++) {
          Map<String, Object> values = new LinkedHashMap<>(prototype.get(row));
          change.apply(copy, row, values);
          for (int c = 0; c < columns.size(); c++) {
            Object value = values.get(columns.get(c));
            if (value == null) {
              insert.setNull(c + 1, types[c]);
            } else {
              insert.setObject(c + 1, value);
            }
          }
          insert.addBatch();
          if (++written % BATCH == 0) {
            insert.executeBatch();
            if (commitEachBatch) {
              connection.commit();
            }
          }
        }
      }
      insert.executeBatch();
      if (commitEachBatch) {
        connection.commit();
      }
    }
    return written;
  }

  private int[] types(String table, List<String> columns) throws SQLException {
    String sql = "select " + String.join(", ", columns) + " from " + table + " where 1 = 0";
    try (PreparedStatement select = connection.prepareStatement(sql);
        ResultSet result = select.executeQuery()) {
      int[] types = new int[columns.size()];
      for (int c = 0; c < types.length; c++) {
        types[c] = result.getMetaData().getColumnType(c + 1);
      }
      return types;
    }
  }
}
