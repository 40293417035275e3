package io.hindsight.platform.schedule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The statements on {@code schedule_lease}. Taking a lease is one conditional update, so that of
 * two nodes taking it at once the database lets one through: the other's update waits for the first
 * to commit and then finds the lease held.
 */
final class LeaseTable {

  private LeaseTable() {}

  /**
   * Takes the job's lease for {@code holder} until {@code until}, when nobody holds it at {@code
   * now}; a job without a row gets one.
   */
  static boolean take(Connection connection, String job, String holder, Instant now, Instant until)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "update schedule_lease set holder = ?, held_until = ?"
                + " where job = ? and (held_until is null or held_until <= ?)")) {
      update.setString(1, holder);
      update.setTimestamp(2, Timestamp.from(until));
      update.setString(3, job);
      update.setTimestamp(4, Timestamp.from(now));
      if (update.executeUpdate() == 1) {
        return true;
      }
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into schedule_lease (job, holder, held_until)"
                + " select ?, ?, ? where not exists"
                + " (select 1 from schedule_lease where job = ?)")) {
      insert.setString(1, job);
      insert.setString(2, holder);
      insert.setTimestamp(3, Timestamp.from(until));
      insert.setString(4, job);
      return insert.executeUpdate() == 1;
    }
  }
}
