package io.hindsight.runbook.application;

import io.hindsight.platform.config.HindsightConfig;
import io.hindsight.runbook.domain.RepositoryKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The runbook repositories Hindsight reads. This version knows the sample repository. */
@ApplicationScoped
public class RunbookRepositories {

  public static final RepositoryKey SAMPLE = RepositoryKey.of("sample");

  @Inject HindsightConfig config;

  public Path sampleDirectory() {
    return config.repositoriesDirectory().resolve(SAMPLE.value() + ".git");
  }

  public Optional<RepositoryLocation> find(RepositoryKey key) {
    if (!SAMPLE.equals(key) || !Files.isDirectory(sampleDirectory())) {
      return Optional.empty();
    }
    return Optional.of(
        new RepositoryLocation(
            SAMPLE, "Sample runbooks", sampleDirectory(), SampleRunbookRepository.BRANCH));
  }
}
