package io.hindsight.change.web;

import io.hindsight.change.application.ChangeActors;
import io.hindsight.change.application.NewRunbook;
import io.hindsight.change.application.NewRunbooks;
import io.hindsight.platform.refusal.Refusal;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookFolder;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.security.application.CallerIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * "New runbook" from the catalog: the repository, the path in its runbook folder and a title; opens
 * a change request adding the file and goes to its editor, which starts from the template.
 */
@Named
@RequestScoped
public class NewRunbookPage {

  @Inject NewRunbooks runbooks;
  @Inject RunbookRepositories repositories;
  @Inject CallerIdentity identity;

  private String repository;
  private String folder;
  private String path;
  private String title;

  /** Starts the path in the folder the catalog showed, or in the repository's runbook folder. */
  public void load() {
    if (path != null) {
      return;
    }
    Optional<RunbookRepository> registered =
        Optional.ofNullable(repository)
            .flatMap(RepositoryKey::parse)
            .flatMap(repositories::registered);
    RunbookFolder top = registered.map(RunbookRepository::folder).orElse(RunbookFolder.ROOT);
    String start =
        shown()
            .filter(top::holds)
            .map(RunbookFolder::value)
            .orElse(registered.isPresent() ? top.value() : "");
    path = start.isEmpty() || start.endsWith("/") ? start : start + "/";
  }

  /** The folder the catalog showed, when it is a folder path at all. */
  private Optional<RunbookFolder> shown() {
    try {
      return Optional.ofNullable(folder).filter(f -> !f.isBlank()).map(RunbookFolder::of);
    } catch (IllegalArgumentException notAFolder) {
      return Optional.empty();
    }
  }

  public List<RunbookRepository> getRepositories() {
    return repositories.registered();
  }

  public String create() {
    try {
      long id =
          runbooks
              .open(
                  new NewRunbook(repository, path, Optional.ofNullable(title), Optional.empty()),
                  ChangeActors.of(identity),
                  identity.caller())
              .change()
              .id();
      FacesMessages.infoAfterRedirect(
          "A change request for the new runbook is open: write it, save, and submit it for review.");
      return "/change.xhtml?faces-redirect=true&id=" + id;
    } catch (Refusal refused) {
      FacesMessages.error(refused.getMessage());
      return null;
    }
  }

  public String getRepository() {
    return repository;
  }

  public void setRepository(String repository) {
    this.repository = repository;
  }

  public String getFolder() {
    return folder;
  }

  public void setFolder(String folder) {
    this.folder = folder;
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }
}
