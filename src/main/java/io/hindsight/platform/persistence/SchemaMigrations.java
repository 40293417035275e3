package io.hindsight.platform.persistence;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The versioned schema migrations in {@code db/migration}, the same scripts for H2 and PostgreSQL.
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
            .locations("classpath:db/migration")
            .failOnMissingLocations(true)
            .validateMigrationNaming(true)
            .load());
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
