package io.hindsight.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hindsight's settings, read through MicroProfile Config (environment variables override the
 * defaults).
 */
@ApplicationScoped
public class HindsightConfig {

  @Inject
  @ConfigProperty(name = "hindsight.data.dir")
  String dataDir;

  @Inject
  @ConfigProperty(name = "hindsight.evidence.dir")
  Optional<String> evidenceDir;

  @Inject
  @ConfigProperty(name = "hindsight.demo", defaultValue = "false")
  boolean demo;

  @Inject
  @ConfigProperty(name = "hindsight.admin.password")
  Optional<String> adminPassword;

  @Inject
  @ConfigProperty(name = "hindsight.sample-repository.enabled", defaultValue = "true")
  boolean sampleRepositoryEnabled;

  public Path dataDirectory() {
    return Path.of(dataDir).toAbsolutePath().normalize();
  }

  /**
   * Where evidence files live: {@code evidence/} in the data directory unless {@code
   * hindsight.evidence.dir} names a directory that several nodes share.
   */
  public Path evidenceDirectory() {
    return evidenceDir
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir).toAbsolutePath().normalize())
        .orElseGet(() -> dataDirectory().resolve("evidence"));
  }

  public Path repositoriesDirectory() {
    return dataDirectory().resolve("repositories");
  }

  public boolean demoMode() {
    return demo;
  }

  public Optional<String> initialAdminPassword() {
    return adminPassword.filter(password -> !password.isBlank());
  }

  public boolean sampleRepositoryEnabled() {
    return sampleRepositoryEnabled;
  }
}
