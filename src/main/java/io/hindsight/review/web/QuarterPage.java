package io.hindsight.review.web;

import io.hindsight.platform.web.FacesMessages;
import io.hindsight.review.application.QuarterProgress;
import io.hindsight.review.application.ReviewQuarterView;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * The quarter view: this quarter's review progress, per repository and per owner, of every
 * repository or of the one in the address ({@code ?repo=payments}). A repository key that cannot be
 * read, or that no registered repository has, is named and dropped.
 */
@Named
@RequestScoped
public class QuarterPage {

  @Inject ReviewQuarterView view;
  @Inject RunbookRepositories repositories;

  private String repo;
  private QuarterProgress progress;

  public void load() {
    Optional<RepositoryKey> repository = Optional.empty();
    if (repo != null && !repo.isBlank()) {
      repository = RepositoryKey.parse(repo.strip());
      if (repository.isEmpty()) {
        FacesMessages.error(
            "\"" + FeedbackListPage.shorten(repo) + "\" is not a repository key; showing all.");
      } else if (repositories.registered(repository.get()).isEmpty()) {
        FacesMessages.error(
            "There is no repository " + repository.get().value() + "; showing all.");
        repository = Optional.empty();
      }
      repo = repository.map(RepositoryKey::value).orElse(null);
    }
    progress = view.progress(repository);
  }

  public QuarterProgress getProgress() {
    if (progress == null) {
      load();
    }
    return progress;
  }

  public long getDaysLeft() {
    return getProgress().quarter().daysLeft(getProgress().today());
  }

  /** Whether no runbook is counted: none registered, or every one retired. */
  public boolean isNoRunbooks() {
    return getProgress().total().runbooks() == 0;
  }

  public List<String> getRepositoryKeys() {
    return repositories.registered().stream()
        .map(RunbookRepository::key)
        .map(RepositoryKey::value)
        .toList();
  }

  public String getRepo() {
    return repo;
  }

  public void setRepo(String repo) {
    this.repo = repo;
  }
}
