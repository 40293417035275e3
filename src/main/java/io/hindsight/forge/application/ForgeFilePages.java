package io.hindsight.forge.application;

import io.hindsight.forge.domain.ForgeFilePage;
import io.hindsight.runbook.application.FilePages;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;

/** A runbook's page on the forge an admin set for its repository, self-hosted ones included. */
@ApplicationScoped
public class ForgeFilePages implements FilePages {

  @Inject ForgeLinks links;

  @Override
  public Optional<URI> of(RepositoryKey repository, String branch, RunbookPath path) {
    return links
        .find(repository)
        .map(
            link ->
                ForgeFilePage.of(link.kind(), link.apiUrl(), link.project(), branch, path.value()));
  }
}
