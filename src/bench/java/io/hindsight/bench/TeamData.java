package io.hindsight.bench;

import io.hindsight.notify.domain.ActionItemReminder;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Fills the database of a started server with a large team's history, by copying rows the server
 * wrote for one prototype (a user, an incident with its timeline, its post-mortem with revisions
 * and an action item) in JDBC batches straight into the schema Flyway made. Going through the API
 * would take hours for 20,000 incidents on this machine (each declaration, timeline entry and save
 * is its own transaction with audit, notification and search work); copies of the server's own rows
 * keep every value one the server wrote. Copies take ids from {@value #BASE} up, far above what the
 * server's identity columns give out during a run. Post-mortems reach the shared search index when
 * the first search indexes the ones missing from it.
 */
final class TeamData {

  static final int USERS = 200;
  static final int INCIDENTS = 20_000;
  static final int POSTMORTEMS = 5_000;
  static final int ACTION_ITEMS = 100_000;
  static final long BASE = 10_000_000L;
  private static final int HOURS_APART = 2;

  private final Connection connection;
  private final RowCopies copies;

  TeamData(Connection connection) {
    this.connection = connection;
    this.copies = new RowCopies(connection);
  }

  static String user(long n) {
    return String.format("member-%03d", n % USERS);
  }

  /**
   * The key of the {@code n}th generated incident, spelled as the server spells it: 4,000 a year
   * from 2020.
   */
  static String incidentKey(long n) {
    return String.format("INC-%04d-%04d", 2020 + n / 4_000, n % 4_000 + 1);
  }

  static String postmortemKey(long n) {
    return "PM-" + incidentKey(n).substring("INC-".length());
  }

  /**
   * Copies the prototypes.
   *
   * @return rows written
   */
  long fill(String prototypeUser, String prototypeIncident) throws SQLException {
    long rows = 0;
    Object userId = single("app_user", "username", prototypeUser).get("id");
    rows +=
        copies.insert(
            "app_user",
            List.of(single("app_user", "username", prototypeUser)),
            USERS,
            (copy, row, c) -> {
              c.put("id", BASE + copy);
              c.put("username", user(copy));
              c.put("display_name", "Member " + copy);
              c.put("email", user(copy) + "@example.org");
            });
    rows +=
        copies.insert(
            "app_user_role",
            copies.rows("app_user_role", "user_id", userId, "role"),
            USERS,
            (copy, row, c) -> c.put("user_id", BASE + copy));

    Map<String, Object> incident = single("incident", "incident_key", prototypeIncident);
    Object incidentId = incident.get("id");
    rows +=
        copies.insert(
            "incident",
            List.of(incident),
            INCIDENTS,
            (copy, row, c) -> {
              shift(c, copy);
              c.put("id", BASE + copy);
              c.put("incident_key", incidentKey(copy));
              c.put("title", "Checkout latency on service-" + copy % 300 + " (" + copy + ")");
              c.put("severity", "P" + (1 + copy % 3));
            });
    rows += perIncident("incident_service", incidentId, "service", INCIDENTS, false);
    rows += perIncident("incident_participant", incidentId, "username", INCIDENTS, false);
    rows += perIncident("incident_entry", incidentId, "id", INCIDENTS, true);

    Map<String, Object> postmortem = single("postmortem", "incident_id", incidentId);
    Object postmortemId = postmortem.get("id");
    List<Map<String, Object>> revisions =
        copies.rows("postmortem_revision", "postmortem_id", postmortemId, "revision_number");
    rows +=
        copies.insert(
            "postmortem",
            List.of(postmortem),
            POSTMORTEMS,
            (copy, row, c) -> {
              shift(c, copy);
              c.put("id", BASE + copy);
              c.put("incident_id", BASE + copy);
              c.put("postmortem_key", postmortemKey(copy));
              c.put("title", "Checkout latency on service-" + copy % 300 + " (" + copy + ")");
              c.put("severity", "P" + (1 + copy % 3));
            });
    for (String table :
        List.of(
            "postmortem_section",
            "postmortem_factor",
            "postmortem_author",
            "postmortem_reviewer",
            "postmortem_writer")) {
      List<Map<String, Object>> prototype =
          copies.rows(table, "postmortem_id", postmortemId, "postmortem_id");
      if (!prototype.isEmpty()) {
        rows +=
            copies.insert(
                table,
                prototype,
                POSTMORTEMS,
                (copy, row, c) -> c.put("postmortem_id", BASE + copy));
      }
    }
    rows +=
        copies.insert(
            "postmortem_revision",
            revisions,
            POSTMORTEMS,
            (copy, row, c) -> {
              shift(c, copy);
              c.put("id", BASE + copy * revisions.size() + row);
              c.put("postmortem_id", BASE + copy);
            });

    List<Map<String, Object>> item =
        copies.rows("action_item", "postmortem_id", postmortemId, "id").subList(0, 1);
    int perPostmortem = ACTION_ITEMS / POSTMORTEMS;
    // The items and the notices of their reminders commit together: the server's reminder sweep,
    // which runs every minute meanwhile, would otherwise queue an "assigned" mail for every item it
    // saw without a notice (40,000 of them, retried for the whole run with no mail server).
    connection.setAutoCommit(false);
    try {
      rows += actionItems(item, perPostmortem);
      rows += noticesLookedAt();
      connection.commit();
    } finally {
      connection.setAutoCommit(true);
    }
    analyze();
    return rows;
  }

  private long actionItems(List<Map<String, Object>> item, int perPostmortem) throws SQLException {
    return copies.insertUncommitted(
        "action_item",
        item,
        ACTION_ITEMS,
        (copy, row, c) -> {
          long owner = copy / perPostmortem;
          c.put("id", BASE + copy);
          c.put("postmortem_id", BASE + owner);
          c.put(
              "title", "Alert on checkout latency, step " + copy % perPostmortem + " of " + owner);
          c.put("owner", user(copy));
          c.put("priority", List.of("HIGH", "MEDIUM", "LOW").get((int) (copy % 3)));
          c.put("due_date", Date.valueOf(LocalDate.of(2027, 1, 1).plusDays(copy % 365)));
        });
  }

  private long perIncident(
      String table, Object prototypeId, String order, long count, boolean ownIds)
      throws SQLException {
    List<Map<String, Object>> prototype = copies.rows(table, "incident_id", prototypeId, order);
    if (prototype.isEmpty()) {
      return 0;
    }
    return copies.insert(
        table,
        prototype,
        count,
        (copy, row, c) -> {
          shift(c, copy);
          c.put("incident_id", BASE + copy);
          if (ownIds) {
            c.put("id", BASE + copy * prototype.size() + row);
          }
          if (table.equals("incident_service")) {
            c.put("service", "service-" + (copy + row) % 300);
          }
          if (table.equals("incident_participant")) {
            c.put("username", user(copy + row));
          }
        });
  }

  private Map<String, Object> single(String table, String column, Object value)
      throws SQLException {
    List<Map<String, Object>> rows = copies.rows(table, column, value, column);
    if (rows.size() != 1) {
      throw new SQLException(
          rows.size() + " rows in " + table + " where " + column + " = " + value);
    }
    return rows.get(0);
  }

  /** Moves every time of the copy back, the oldest copy furthest: one incident every 2 hours. */
  private static void shift(Map<String, Object> columns, long copy) {
    long hours = (INCIDENTS - copy) * HOURS_APART;
    columns.replaceAll(
        (name, value) -> {
          if (value instanceof OffsetDateTime time) {
            return time.minusHours(hours);
          }
          if (value instanceof Timestamp time) {
            return new Timestamp(time.getTime() - hours * 3_600_000L);
          }
          return value;
        });
  }

  /**
   * What the reminder sweep records once it has told each copied item's owner of it: the start of
   * the item's next reminder, so that the sweep passes over the copies as it passes over items it
   * has looked at (the prototype's notices were sent through the server).
   */
  private long noticesLookedAt() throws SQLException {
    long rows = 0;
    try (PreparedStatement items =
            connection.prepareStatement(
                "select id, version, due_date from action_item where id >= ?");
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into action_item_notice (item_id, item_version, next_at)"
                    + " values (?, ?, ?)")) {
      items.setLong(1, BASE);
      Instant now = Instant.now();
      try (ResultSet item = items.executeQuery()) {
        while (item.next()) {
          insert.setLong(1, item.getLong(1));
          insert.setLong(2, item.getLong(2));
          insert.setObject(
              3,
              ActionItemReminder.next(item.getDate(3).toLocalDate(), now, ZoneOffset.UTC)
                  .atOffset(ZoneOffset.UTC));
          insert.addBatch();
          if (++rows % 2_000 == 0) {
            insert.executeBatch();
          }
        }
      }
      insert.executeBatch();
    }
    return rows;
  }

  private void analyze() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("analyze");
    }
  }
}
