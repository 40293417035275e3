package io.hindsight.runbook.web;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.runbook.application.BareClones;
import io.hindsight.runbook.application.CredentialRequest;
import io.hindsight.runbook.application.RepositoryAdmin;
import io.hindsight.runbook.application.RepositoryRequest;
import io.hindsight.runbook.application.RepositorySettingsParser;
import io.hindsight.runbook.application.RepositorySync;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.domain.CredentialKind;
import io.hindsight.runbook.domain.RemoteUrl;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookRepository;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Admin: changing a registered repository on the repositories page — its settings, a new webhook
 * secret (shown once, in its own panel), or removing it after a confirmation.
 */
@Named
@ViewScoped
public class RepositoryChangesPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String SELF = "/admin/repositories?faces-redirect=true";

  @Inject RunbookRepositories repositories;
  @Inject RepositoryAdmin admin;
  @Inject RepositorySync sync;
  @Inject BareClones clones;

  private String editing;
  private long editingVersion;
  private String name;
  private String url;
  private String branch;
  private String folder;
  private String token;
  private String confirmRemove;
  private String newSecretFor;
  private String newSecret;

  public void edit(String rawKey) {
    find(rawKey)
        .ifPresent(
            repository -> {
              editing = repository.key().value();
              editingVersion = repository.version();
              name = repository.name();
              url = repository.remote().map(RemoteUrl::value).orElse("");
              branch = repository.branch();
              folder = repository.folder().value();
              confirmRemove = null;
            });
  }

  public String save() {
    try {
      RepositoryKey key = RepositoryKey.of(editing == null ? "" : editing);
      Optional<RunbookRepository> current = repositories.registered(key);
      if (current.isEmpty()) {
        FacesMessages.error("Repository " + editing + " was removed meanwhile.");
        return null;
      }
      if (isBlank(name) || isBlank(url) || isBlank(branch)) {
        FacesMessages.error("Nothing was saved: name, URL and branch are required.");
        return null;
      }
      if (sync.isRunning(key)) {
        FacesMessages.error(
            "Nothing was saved: " + key + " is syncing; try again when it is done.");
        return null;
      }
      RepositoryRequest request =
          new RepositoryRequest(
              key.value(),
              name,
              url.strip(),
              branch.strip(),
              folder,
              credential(current.get()),
              editingVersion);
      admin.update(key, editingVersion, RepositorySettingsParser.parse(request, current));
      FacesMessages.infoAfterRedirect(
          "Saved " + key + ". Sync it to read the runbooks from the new settings.");
      return SELF;
    } catch (FieldRefused invalid) {
      FacesMessages.error(
          "Nothing was saved: "
              + invalid.errors().stream()
                  .map(error -> label(error.field()) + " " + error.message())
                  .collect(Collectors.joining("; ")));
      return null;
    } catch (OptimisticLockException | IllegalArgumentException | StateConflict refused) {
      FacesMessages.error("Nothing was saved: " + refused.getMessage());
      return null;
    } finally {
      token = null;
    }
  }

  /** A new token or key replaces the stored one; an empty field keeps it. */
  private CredentialRequest credential(RunbookRepository current) {
    if (token != null && !token.isBlank()) {
      String kind = url != null && url.strip().startsWith("ssh://") ? "ssh-key" : "token";
      return new CredentialRequest(kind, token);
    }
    CredentialKind kept = current.credentialKind();
    return new CredentialRequest(kept.name().toLowerCase(Locale.ROOT).replace('_', '-'), null);
  }

  public void askToRemove(String rawKey) {
    find(rawKey).ifPresent(repository -> confirmRemove = repository.key().value());
    editing = null;
  }

  public String remove() {
    RepositoryKey key = RepositoryKey.of(confirmRemove == null ? "" : confirmRemove);
    if (sync.isRunning(key)) {
      FacesMessages.error(key + " is syncing; remove it when the sync is done.");
      return null;
    }
    if (admin.remove(key).isEmpty()) {
      FacesMessages.error("Repository " + key + " was removed meanwhile.");
      return null;
    }
    clones.delete(key);
    FacesMessages.infoAfterRedirect(
        "Removed " + key + " and its index from Hindsight; its remote is untouched.");
    return SELF;
  }

  public void rotate(String rawKey) {
    find(rawKey)
        .flatMap(repository -> admin.rotateWebhookSecret(repository.key()))
        .ifPresent(
            secret -> {
              newSecretFor = rawKey;
              newSecret = secret;
            });
  }

  public String cancel() {
    return SELF;
  }

  private Optional<RunbookRepository> find(String rawKey) {
    try {
      Optional<RunbookRepository> found =
          repositories.registered(RepositoryKey.of(rawKey == null ? "" : rawKey));
      if (found.isEmpty()) {
        FacesMessages.error("There is no repository " + rawKey + ".");
      }
      return found;
    } catch (IllegalArgumentException malformed) {
      FacesMessages.error(malformed.getMessage());
      return Optional.empty();
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String label(String field) {
    return switch (field) {
      case "credential.token" -> "Token";
      case "credential.kind" -> "Credential";
      default ->
          field.isEmpty() ? field : Character.toUpperCase(field.charAt(0)) + field.substring(1);
    };
  }

  public boolean isEditing() {
    return editing != null;
  }

  public String getEditingKey() {
    return editing;
  }

  public String getConfirmRemove() {
    return confirmRemove;
  }

  public String getNewSecretFor() {
    return newSecretFor;
  }

  public String getNewSecret() {
    return newSecret;
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
