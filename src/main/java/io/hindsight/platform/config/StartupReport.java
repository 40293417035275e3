package io.hindsight.platform.config;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Creates the data directory and says at every start where Hindsight keeps its data. */
@Startup
@Singleton
public class StartupReport {

  private static final Logger LOG = Logger.getLogger(StartupReport.class.getName());

  @Inject HindsightConfig config;

  @Resource(lookup = "java:jboss/datasources/HindsightDS")
  DataSource dataSource;

  @PostConstruct
  void report() {
    try {
      Files.createDirectories(config.repositoriesDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot create the data directory " + config.dataDirectory() + "; set HINDSIGHT_DATA_DIR",
          e);
    }
    LOG.info(
        () ->
            "Hindsight data directory: "
                + config.dataDirectory()
                + " | database: "
                + databaseDescription()
                + (config.demoMode() ? " | DEMO MODE" : ""));
  }

  private String databaseDescription() {
    try (Connection connection = dataSource.getConnection()) {
      String url = connection.getMetaData().getURL();
      return connection.getMetaData().getDatabaseProductName() + " at " + withoutSecrets(url);
    } catch (SQLException e) {
      return "unavailable (" + e.getMessage() + ")";
    }
  }

  static String withoutSecrets(String jdbcUrl) {
    return jdbcUrl.replaceAll("(?i)(password|secret)=[^;&]*", "$1=****");
  }
}
