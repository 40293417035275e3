package io.hindsight.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The versioned schema migrations in {@code db/migration}, the same scripts for H2 and PostgreSQL,
 * and in {@code db/vendor/h2} or {@code db/vendor/postgresql} the few that differ by database (the
 * full-text index: a tsvector on PostgreSQL, a term table on H2), one version in each.
 */
public final class SchemaMigrations {

  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

  private final Flyway flyway;

  private SchemaMigrations(Flyway flyway) {
    this.flyway = flyway;
  }

  public static SchemaMigrations on(DataSource dataSource) {
    return new SchemaMigrations(
        Flyway.configure(SchemaMigrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration", "classpath:db/vendor/" + vendor(dataSource))
            .failOnMissingLocations(true)
            .validateMigrationNaming(true)
            .load());
  }

  private static String vendor(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      return product.contains("postgres") ? "postgresql" : "h2";
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot tell which database the schema is in", e);
    }
  }

  public MigrateResult migrate() {
    MigrateResult result = flyway.migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + (result.targetSchemaVersion != null
                    ? result.targetSchemaVersion
                    : result.initialSchemaVersion)
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    return result;
  }
}
