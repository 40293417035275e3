package io.hindsight.platform.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lease statements on H2, against the table migration V27 creates. */
class LeaseTableTest {

  private static final Instant NOON = Instant.parse("2026-12-02T12:00:00Z");
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private String url;
  private Connection keepAlive;

  @BeforeEach
  void createTable() throws SQLException, IOException {
    url = "jdbc:h2:mem:leases-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    keepAlive = DriverManager.getConnection(url);
    try (InputStream sql =
            getClass().getResourceAsStream("/db/migration/V27__schedule_leases.sql");
        Statement statement = keepAlive.createStatement()) {
      String script = new String(sql.readAllBytes(), StandardCharsets.UTF_8);
      for (String part : script.replaceAll("(?m)^--.*$", "").split(";")) {
        if (!part.isBlank()) {
          statement.execute(part);
        }
      }
    }
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    keepAlive.close();
  }

  @Test
  void ofTwoNodesTakingAJobInTurnOnlyTheFirstRunsIt() throws SQLException {
    assertThat(take("reminder-sweep", "node1", NOON)).isTrue();
    assertThat(take("reminder-sweep", "node2", NOON.plusMillis(300))).isFalse();
    assertThat(take("escalation-sweep", "node2", NOON.plusMillis(300))).isTrue();
  }

  @Test
  void whenTheHoldersLeaseRunsOutAnotherNodeTakesTheJob() throws SQLException {
    Duration hold = LeaseTerm.every(MINUTE).hold();
    assertThat(take("reminder-sweep", "node1", NOON)).isTrue();

    assertThat(take("reminder-sweep", "node2", NOON.plus(hold).minusMillis(1))).isFalse();
    assertThat(take("reminder-sweep", "node2", NOON.plus(MINUTE))).isTrue();
    assertThat(take("reminder-sweep", "node1", NOON.plus(MINUTE).plusMillis(200))).isFalse();
  }

  @Test
  void aJobWithoutARowGetsOneAndItsLease() throws SQLException {
    assertThat(take("weekly-report", "node1", NOON)).isTrue();
    assertThat(take("weekly-report", "node2", NOON)).isFalse();
  }

  @Test
  void ofTwoNodesTakingAJobAtOnceTheDatabaseLetsOneThrough() throws Exception {
    try (Connection first = DriverManager.getConnection(url);
        Connection second = DriverManager.getConnection(url)) {
      first.setAutoCommit(false);
      second.setAutoCommit(false);
      assertThat(LeaseTable.take(first, "review-sweep", "node1", NOON, NOON.plus(MINUTE))).isTrue();
      CompletableFuture<Boolean> waiting =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  boolean taken =
                      LeaseTable.take(second, "review-sweep", "node2", NOON, NOON.plus(MINUTE));
                  second.commit();
                  return taken;
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              });
      first.commit();

      assertThat(waiting.get(20, TimeUnit.SECONDS)).isFalse();
    }
  }

  private boolean take(String job, String holder, Instant now) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url)) {
      return LeaseTable.take(
          connection, job, holder, now, now.plus(LeaseTerm.every(MINUTE).hold()));
    }
  }
}
