package io.hindsight.runbook.application;

import io.hindsight.platform.refusal.FieldError;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.runbook.domain.CredentialKind;
import io.hindsight.runbook.domain.RemoteUrl;
import io.hindsight.runbook.domain.RunbookFolder;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.runbook.git.RunbookGit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns a checked request body into repository settings, naming every field it refuses. */
public final class RepositorySettingsParser {

  static final String HOST_CHANGED =
      "must be entered again: the remote's host changed, and the stored secret is never sent to"
          + " another host";

  private RepositorySettingsParser() {}

  /**
   * @param current the repository as stored, if updating: a secret may then be left out to keep it,
   *     unless the remote's host changes (a stored secret is never sent to another host)
   */
  public static RepositorySettings parse(
      RepositoryRequest request, Optional<RunbookRepository> current) {
    Optional<CredentialKind> currentKind = current.map(RunbookRepository::credentialKind);
    List<FieldError> errors = new ArrayList<>();
    Optional<RemoteUrl> remote = Optional.empty();
    try {
      remote = Optional.of(RemoteUrl.of(request.url().strip()));
    } catch (IllegalArgumentException invalid) {
      errors.add(new FieldError("url", invalid.getMessage()));
    }
    String branch = request.branch().strip();
    if (!RunbookGit.isValidBranchName(branch)) {
      errors.add(new FieldError("branch", "is not a valid Git branch name"));
    }
    RunbookFolder folder = RunbookFolder.ROOT;
    try {
      folder = RunbookFolder.of(request.folder());
    } catch (IllegalArgumentException invalid) {
      errors.add(new FieldError("folder", invalid.getMessage()));
    }
    CredentialRequest credential =
        request.credential() == null ? new CredentialRequest("none", null) : request.credential();
    Optional<CredentialKind> kind = kind(credential.kind());
    Optional<String> secret =
        Optional.ofNullable(credential.token()).filter(value -> !value.isBlank());
    if (kind.isEmpty()) {
      errors.add(new FieldError("credential.kind", "must be none, token or ssh-key"));
    } else if (kind.get() == CredentialKind.NONE && secret.isPresent()) {
      errors.add(new FieldError("credential.token", "must be empty when the kind is none"));
    } else if (kind.get() != CredentialKind.NONE && secret.isEmpty()) {
      if (!currentKind.equals(kind)) {
        errors.add(new FieldError("credential.token", "is required for this kind"));
      } else if (remote.isPresent() && hostChanges(current.get(), remote.get())) {
        errors.add(new FieldError("credential.token", HOST_CHANGED));
      }
    }
    if (kind.isPresent()
        && kind.get() == CredentialKind.TOKEN
        && remote.isPresent()
        && !remote.get().isHttp()) {
      errors.add(new FieldError("credential.kind", "a token works with https remotes only"));
    }
    if (kind.isPresent() && kind.get() == CredentialKind.SSH_KEY && remote.isPresent()) {
      if (!remote.get().scheme().equals("ssh")) {
        errors.add(new FieldError("credential.kind", "an SSH key works with ssh:// remotes only"));
      }
    }
    if (kind.isPresent() && kind.get() == CredentialKind.SSH_KEY && secret.isPresent()) {
      try {
        SshKeys.parse(secret.get());
      } catch (InvalidSshKeyException unusable) {
        errors.add(new FieldError("credential.token", unusable.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      throw new FieldRefused("The request has invalid fields.", errors);
    }
    return new RepositorySettings(
        request.name().strip(), remote, branch, folder, kind.get(), secret);
  }

  /** Whether the stored secret would go to another scheme, host or port than it was given for. */
  static boolean hostChanges(RunbookRepository current, RemoteUrl remote) {
    return current.remote().map(before -> !before.sameHostAs(remote)).orElse(true);
  }

  private static Optional<CredentialKind> kind(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.of(CredentialKind.NONE);
    }
    return switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "none" -> Optional.of(CredentialKind.NONE);
      case "token" -> Optional.of(CredentialKind.TOKEN);
      case "ssh-key" -> Optional.of(CredentialKind.SSH_KEY);
      default -> Optional.empty();
    };
  }
}
