package io.hindsight.change.web;

import io.hindsight.change.application.PostmortemGitTargets;
import io.hindsight.change.domain.PostmortemFolder;
import io.hindsight.change.domain.PostmortemGitTarget;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StaleVersion;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookRepository;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Admin: the repository that takes published post-mortems, their folder, and whether they may be
 * committed straight to its base branch.
 */
@Named
@ViewScoped
public class PostmortemGitSettingsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String SELF = "/admin/postmortem-git?faces-redirect=true";

  @Inject PostmortemGitTargets targets;
  @Inject RunbookRepositories repositories;

  private String current;
  private String repository;
  private String folder = "postmortems";
  private boolean directCommits;
  private Long version;
  private String problem;

  @PostConstruct
  void load() {
    Optional<PostmortemGitTarget> target = targets.current();
    target.ifPresent(
        t -> {
          current = t.repository();
          repository = t.repository();
          folder = t.folder().value();
          directCommits = t.directCommits();
          version = t.version();
        });
  }

  public List<String> getRepositories() {
    return repositories.registered().stream().map(r -> r.key().value()).toList();
  }

  public String save() {
    Optional<RepositoryKey> key = RepositoryKey.parse(repository);
    if (key.isEmpty() || repositories.registered(key.get()).map(RunbookRepository::key).isEmpty()) {
      return refused("Choose one of the registered repositories.");
    }
    String wrongFolder = PostmortemFolder.problemWith(folder == null ? null : folder.strip());
    if (wrongFolder != null) {
      return refused(wrongFolder);
    }
    try {
      boolean moving = current != null && !current.equals(key.get().value());
      if (moving) {
        targets.remove(RepositoryKey.of(current));
      }
      targets.change(key.get(), folder, directCommits, moving ? null : version);
      FacesMessages.infoAfterRedirect("Post-mortems go to " + key.get() + " now.");
      return SELF;
    } catch (FieldRefused | StateConflict | StaleVersion | NotFound e) {
      return refused(e.getMessage());
    }
  }

  public String remove() {
    if (current == null) {
      return refused("No repository takes post-mortems.");
    }
    try {
      targets.remove(RepositoryKey.of(current));
      FacesMessages.infoAfterRedirect("No repository takes post-mortems now.");
      return SELF;
    } catch (NotFound e) {
      return refused(e.getMessage());
    }
  }

  private String refused(String message) {
    problem = message;
    FacesMessages.error(message);
    return null;
  }

  public String getCurrent() {
    return current;
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

  public boolean isDirectCommits() {
    return directCommits;
  }

  public void setDirectCommits(boolean directCommits) {
    this.directCommits = directCommits;
  }

  public String getProblem() {
    return problem;
  }
}
