package io.hindsight.runbook.web;

import io.hindsight.platform.refusal.FieldError;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.runbook.application.CredentialRequest;
import io.hindsight.runbook.application.RegisteredRepository;
import io.hindsight.runbook.application.RepositoryAdmin;
import io.hindsight.runbook.application.RepositoryRequest;
import io.hindsight.runbook.application.RepositorySettingsParser;
import io.hindsight.runbook.application.RepositorySync;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.application.SyncOutcome;
import io.hindsight.runbook.application.SyncPhase;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.runbook.domain.SyncFailure;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Admin: runbook repositories, registering one, and syncing one now. */
@Named
@ViewScoped
public class RepositoriesAdminPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RunbookRepositories repositories;
  @Inject RepositoryAdmin admin;
  @Inject RepositorySync sync;

  private String key;
  private String name;
  private String url;
  private String branch = "main";
  private String folder;
  private String token;
  private List<RunbookRepository> registered;
  private String createdKey;
  private String createdSecret;

  public List<RunbookRepository> getRepositories() {
    if (registered == null) {
      registered = repositories.registered();
    }
    return registered;
  }

  public boolean syncing(RunbookRepository repository) {
    return sync.isRunning(repository.key());
  }

  /** The running sync's phase, with files read of files to read while indexing; else empty. */
  public String progress(RunbookRepository repository) {
    return sync.progress(repository.key())
        .map(
            progress ->
                progress.phase() == SyncPhase.INDEXING
                    ? "indexing " + progress.done() + " of " + progress.total() + " files"
                    : progress.phase().name().toLowerCase(Locale.ROOT))
        .orElse("");
  }

  public void register() {
    try {
      RepositoryKey parsed = RepositoryKey.of(key == null ? "" : key.strip());
      if (isBlank(name) || isBlank(url) || isBlank(branch)) {
        FacesMessages.error("Name, URL and branch are required.");
        return;
      }
      boolean withToken = !isBlank(token);
      String kind = !withToken ? "none" : url.strip().startsWith("ssh://") ? "ssh-key" : "token";
      RepositoryRequest request =
          new RepositoryRequest(
              parsed.value(),
              name.strip(),
              url.strip(),
              branch.strip(),
              folder,
              new CredentialRequest(kind, withToken ? token : null),
              null);
      RegisteredRepository created =
          admin.register(parsed, RepositorySettingsParser.parse(request, Optional.empty()));
      sync.syncInBackground(parsed);
      FacesMessages.info(
          "Registered " + parsed + "; its first sync has started. Its webhook secret is below.");
      createdKey = parsed.value();
      createdSecret = created.webhookSecret();
      key = null;
      name = null;
      url = null;
      folder = null;
      registered = null;
    } catch (FieldRefused invalid) {
      FacesMessages.error(
          invalid.errors().stream()
              .map(error -> fieldLabel(error) + " " + error.message())
              .collect(Collectors.joining("; ")));
    } catch (IllegalArgumentException | StateConflict refused) {
      FacesMessages.error(refused.getMessage());
    } finally {
      token = null;
    }
  }

  public void syncNow(String rawKey) {
    try {
      SyncOutcome outcome = sync.sync(RepositoryKey.of(rawKey));
      if (outcome.succeeded()) {
        FacesMessages.info(
            "Synced "
                + rawKey
                + " at "
                + outcome.commit().orElse("")
                + ": "
                + outcome.filesRead()
                + " files read.");
      } else {
        FacesMessages.error(
            "Sync of "
                + rawKey
                + " failed ("
                + outcome.failure().map(SyncFailure::label).orElse("")
                + "): "
                + outcome.error().orElse(""));
      }
    } catch (IllegalArgumentException | StateConflict refused) {
      FacesMessages.error(refused.getMessage());
    } catch (NotFound unknown) {
      FacesMessages.error(unknown.getMessage());
    }
    registered = null;
  }

  private static String fieldLabel(FieldError error) {
    return error.field().equals("credential.token") ? "Token" : capitalize(error.field());
  }

  private static String capitalize(String field) {
    return field.isEmpty() ? field : Character.toUpperCase(field.charAt(0)) + field.substring(1);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  public String getCreatedKey() {
    return createdKey;
  }

  public String getCreatedSecret() {
    return createdSecret;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getBranch() {
    return branch;
  }

  public void setBranch(String branch) {
    this.branch = branch;
  }

  public String getFolder() {
    return folder;
  }

  public void setFolder(String folder) {
    this.folder = folder;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
