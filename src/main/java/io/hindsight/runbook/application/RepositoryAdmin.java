package io.hindsight.runbook.application;

import io.hindsight.platform.crypto.CredentialCipher;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.platform.search.SearchDocuments;
import io.hindsight.runbook.domain.CredentialKind;
import io.hindsight.runbook.domain.RemoteUrl;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.runbook.domain.RunbookSearchText;
import io.hindsight.security.application.AuditTrail;
import io.hindsight.security.domain.AuditAction;
import io.hindsight.security.domain.AuditSubject;
import io.hindsight.security.domain.FieldChange;
import io.hindsight.security.domain.FieldChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Registers, changes and removes runbook repositories; their secrets are stored encrypted. */
@ApplicationScoped
@Transactional
public class RepositoryAdmin {

  @Inject SearchDocuments documents;
  @Inject RunbookRepositories repositories;
  @Inject CredentialCipher cipher;
  @Inject Clock clock;
  @Inject AuditTrail audit;
  @Inject RemoteAccess remotes;
  @PersistenceContext EntityManager em;

  /**
   * @throws FieldRefused naming {@code url} when the operator's rules refuse the remote
   * @throws StateConflict when the key is taken
   */
  public RegisteredRepository register(RepositoryKey key, RepositorySettings settings) {
    remotes.checkRegistration(settings.remote());
    remotes.checkCredential(settings.remote(), settings.credentialKind());
    if (repositories.registered(key).isPresent()) {
      throw new StateConflict("A repository with key " + key + " exists already.");
    }
    String webhookSecret = newWebhookSecret();
    RunbookRepository repository =
        new RunbookRepository(
            key,
            settings.name(),
            settings.remote(),
            settings.branch(),
            settings.folder(),
            cipher.encrypt(webhookSecret, webhookContext(key)),
            clock.instant());
    applyCredential(repository, settings, Optional.empty());
    em.persist(repository);
    FieldChanges changes = FieldChanges.created(fields(repository));
    if (repository.sealedCredential().isPresent()) {
      changes = changes.withConcealed("credential");
    }
    audit.record(subject(key), AuditAction.CREATED, changes.withConcealed("webhookSecret"));
    return new RegisteredRepository(repository, webhookSecret);
  }

  /**
   * Changes a repository; its stored secret is kept only while the remote's scheme, host and port
   * stay the same.
   *
   * @throws FieldRefused naming {@code url} when the operator's rules refuse the remote
   */
  public Optional<RunbookRepository> update(
      RepositoryKey key, long expectedVersion, RepositorySettings settings) {
    remotes.checkRegistration(settings.remote());
    remotes.checkCredential(settings.remote(), settings.credentialKind());
    Optional<RunbookRepository> found = repositories.registered(key);
    found.ifPresent(
        repository -> {
          if (repository.version() != expectedVersion) {
            throw new OptimisticLockException(
                "The repository was changed by someone else; reload it and try again.");
          }
          Map<String, String> before = fields(repository);
          Optional<String> sealedBefore = repository.sealedCredential();
          Optional<RemoteUrl> remoteBefore = repository.remote();
          repository.describe(
              settings.name(), settings.remote(), settings.branch(), settings.folder());
          applyCredential(repository, settings, remoteBefore);
          FieldChanges changes = FieldChanges.between(before, fields(repository));
          boolean secretChanged =
              settings.credentialSecret().isPresent()
                  || !sealedBefore.equals(repository.sealedCredential());
          if (secretChanged) {
            changes = changes.withConcealed("credential");
          }
          if (!changes.isEmpty()) {
            audit.record(
                subject(key),
                secretChanged ? AuditAction.of("credential-changed") : AuditAction.UPDATED,
                changes);
          }
        });
    return found;
  }

  public Optional<RunbookRepository> remove(RepositoryKey key) {
    Optional<RunbookRepository> found = repositories.registered(key);
    found.ifPresent(
        repository -> {
          em.createQuery("delete from IndexedRunbook r where r.repositoryId = :id")
              .setParameter("id", repository.id())
              .executeUpdate();
          audit.record(subject(key), AuditAction.REMOVED, FieldChanges.removed(fields(repository)));
          em.remove(repository);
          documents.removeScope(RunbookSearchText.KIND, key.value());
        });
    return found;
  }

  /** Rotates the repository's webhook secret and returns the new one, shown only this once. */
  public Optional<String> rotateWebhookSecret(RepositoryKey key) {
    return repositories
        .registered(key)
        .map(
            repository -> {
              String secret = newWebhookSecret();
              repository.replaceWebhookSecret(cipher.encrypt(secret, webhookContext(key)));
              audit.record(
                  subject(key),
                  AuditAction.of("webhook-secret-rotated"),
                  FieldChanges.of(FieldChange.concealed("webhookSecret")));
              return secret;
            });
  }

  private static String newWebhookSecret() {
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  public Optional<String> webhookSecret(RepositoryKey key) {
    return repositories
        .registered(key)
        .map(repository -> cipher.decrypt(repository.sealedWebhookSecret(), webhookContext(key)));
  }

  public Optional<String> credentialSecret(RunbookRepository repository) {
    return repository
        .sealedCredential()
        .map(value -> cipher.decrypt(value, credentialContext(repository.key())));
  }

  private void applyCredential(
      RunbookRepository repository, RepositorySettings settings, Optional<RemoteUrl> before) {
    CredentialKind kind = settings.credentialKind();
    boolean sameHost =
        before.isPresent()
            && settings.remote().isPresent()
            && before.get().sameHostAs(settings.remote().get());
    Optional<String> sealedSecret =
        settings
            .credentialSecret()
            .map(secret -> cipher.encrypt(secret, credentialContext(repository.key())))
            .or(
                () ->
                    kind == repository.credentialKind() && sameHost
                        ? repository.sealedCredential()
                        : Optional.empty());
    if (kind != CredentialKind.NONE && sealedSecret.isEmpty()) {
      throw FieldRefused.field("credential.token", RepositorySettingsParser.HOST_CHANGED);
    }
    repository.useCredential(kind, sealedSecret);
  }

  private static AuditSubject subject(RepositoryKey key) {
    return AuditSubject.of("repository", key.value());
  }

  /** What the audit trail records of a repository; its secrets only as "changed". */
  private static Map<String, String> fields(RunbookRepository repository) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", repository.name());
    fields.put("url", repository.remote().map(RemoteUrl::value).orElse(null));
    fields.put("branch", repository.branch());
    fields.put("folder", repository.folder().value());
    fields.put("credentialKind", repository.credentialKind().name().toLowerCase(Locale.ROOT));
    return fields;
  }

  private static String webhookContext(RepositoryKey key) {
    return "repository:" + key.value() + ":webhook";
  }

  private static String credentialContext(RepositoryKey key) {
    return "repository:" + key.value() + ":credential";
  }
}
