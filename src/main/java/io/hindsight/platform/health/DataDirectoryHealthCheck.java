package io.hindsight.platform.health;

import io.hindsight.platform.config.HindsightConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the data directory (Git repositories, evidence) can be written. */
@Liveness
@ApplicationScoped
public class DataDirectoryHealthCheck implements HealthCheck {

  @Inject HindsightConfig config;

  @Override
  public HealthCheckResponse call() {
    Path dir = config.dataDirectory();
    return HealthCheckResponse.named("data-directory")
        .status(Files.isDirectory(dir) && Files.isWritable(dir))
        .withData("path", dir.toString())
        .build();
  }
}
