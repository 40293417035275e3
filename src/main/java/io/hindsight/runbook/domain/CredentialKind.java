package io.hindsight.runbook.domain;

/** How Hindsight authenticates to a repository's remote. */
public enum CredentialKind {
  NONE,
  TOKEN,
  SSH_KEY
}
