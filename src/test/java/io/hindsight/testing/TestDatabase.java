package io.hindsight.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The database the server under test uses, opened from the test JVM to make time pass for stored
 * rows (an action item that was due last week); H2 is shared through its auto-server mode.
 */
public final class TestDatabase {

  private TestDatabase() {}

  /** Runs one update statement and returns how many rows it changed. */
  public static int update(String sql, Object... parameters) {
    try (Connection connection =
            DriverManager.getConnection(
                System.getProperty("it.db.url"),
                System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot update the test database: " + e.getMessage(), e);
    }
  }

  /** What a query's rows read as. */
  @FunctionalInterface
  public interface Rows<T> {
    T read(ResultSet rows) throws SQLException;
  }

  /** Runs one query and reads its rows. */
  public static <T> T query(String sql, Rows<T> reader) {
    try (Connection connection =
            DriverManager.getConnection(
                System.getProperty("it.db.url"),
                System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      return reader.read(rows);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot query the test database: " + e.getMessage(), e);
    }
  }
}
