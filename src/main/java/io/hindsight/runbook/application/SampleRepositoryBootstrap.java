package io.hindsight.runbook.application;

import io.hindsight.platform.config.HindsightConfig;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.runbook.domain.CredentialKind;
import io.hindsight.runbook.domain.RunbookFolder;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Writes the sample runbook repository on first start and registers it as a local repository (no
 * remote: its bare clone is its source), unless switched off; then indexes it, unless a sync of it
 * (the schedule's, or another node's) is running already.
 */
@Startup
@Singleton
@DependsOn("StartupReport")
public class SampleRepositoryBootstrap {

  private static final Logger LOG = Logger.getLogger(SampleRepositoryBootstrap.class.getName());

  @Inject HindsightConfig config;
  @Inject RunbookRepositories repositories;
  @Inject RepositoryAdmin admin;
  @Inject RepositorySync sync;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void createSample() {
    if (!config.sampleRepositoryEnabled()) {
      return;
    }
    try {
      boolean created = SampleRunbookRepository.at(repositories.sampleDirectory()).createIfAbsent();
      LOG.info(
          () ->
              (created
                      ? "Created the sample runbook repository at "
                      : "Sample runbook repository: ")
                  + repositories.sampleDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write the sample runbook repository at " + repositories.sampleDirectory(), e);
    }
    if (repositories.registered(RunbookRepositories.SAMPLE).isEmpty()) {
      admin.register(
          RunbookRepositories.SAMPLE,
          new RepositorySettings(
              "Sample runbooks",
              Optional.empty(),
              SampleRunbookRepository.BRANCH,
              RunbookFolder.ROOT,
              CredentialKind.NONE,
              Optional.empty()));
    }
    try {
      sync.sync(RunbookRepositories.SAMPLE);
    } catch (StateConflict alreadySyncing) {
      LOG.info(() -> "Sample runbook repository: " + alreadySyncing.getMessage());
    }
  }
}
