package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.CredentialKind;
import io.hindsight.runbook.domain.RemoteUrl;
import io.hindsight.runbook.domain.RunbookFolder;
import java.util.Optional;

/**
 * What an admin sets on a repository. An empty credential secret on update keeps the stored one.
 */
public record RepositorySettings(
    String name,
    Optional<RemoteUrl> remote,
    String branch,
    RunbookFolder folder,
    CredentialKind credentialKind,
    Optional<String> credentialSecret) {}
