package io.hindsight.forge.application;

import io.hindsight.forge.domain.ForgeKind;
import io.hindsight.forge.domain.ForgeLink;
import io.hindsight.forge.domain.ForgeProject;
import io.hindsight.forge.domain.PullRequestText;
import io.hindsight.notify.domain.OutgoingUrl;
import io.hindsight.platform.crypto.CredentialCipher;
import io.hindsight.platform.crypto.CredentialDecryptionException;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StaleVersion;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.security.application.AuditTrail;
import io.hindsight.security.domain.AuditAction;
import io.hindsight.security.domain.AuditSubject;
import io.hindsight.security.domain.FieldChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Each repository's forge: set, read (the token never), removed and tested. The token is sealed
 * with the repository's key as context, like the repository's own credential, and must be entered
 * again when the API's host changes. Setting, changing and removing a forge are recorded in the
 * audit trail (subject {@code forge}, the repository's key), the token only as changed.
 */
@ApplicationScoped
@Transactional
public class ForgeLinks {

  static final String MISSING = "Set a forge for this repository first.";

  @Inject RunbookRepositories repositories;
  @Inject CredentialCipher cipher;
  @Inject Forges forges;
  @Inject Clock clock;
  @Inject AuditTrail audit;
  @PersistenceContext EntityManager em;

  /** The forge as an admin sees it: everything but the token. */
  public record View(
      String repository,
      String kind,
      String apiUrl,
      String project,
      boolean tokenSet,
      long version) {

    static View of(ForgeLink link) {
      return new View(
          link.repository(),
          link.kind().spelling(),
          link.apiUrl().toString(),
          link.project().value(),
          true,
          link.version());
    }
  }

  /** What an admin sends; a blank token keeps the stored one (same host only). */
  public record Change(String kind, String apiUrl, String project, String token, Long version) {}

  public Optional<ForgeLink> find(RepositoryKey key) {
    return Optional.ofNullable(em.find(ForgeLink.class, key.value()));
  }

  public View view(RepositoryKey key) {
    requireRepository(key);
    return find(key)
        .map(View::of)
        .orElseThrow(() -> NotFound.of("forge of repository", key.value()));
  }

  public View change(RepositoryKey key, Change change, URI self) {
    requireRepository(key);
    Map<String, String> refused = new LinkedHashMap<>();
    Optional<ForgeKind> kind = ForgeKind.parse(change.kind());
    if (kind.isEmpty()) {
      refused.put("kind", "must be github, gitlab or gitea (Forgejo too)");
    }
    Optional<ForgeProject> project = ForgeProject.parse(change.project());
    if (project.isEmpty()) {
      refused.put("project", "must be owner/name (a GitLab group path is allowed)");
    }
    URI apiUrl = null;
    try {
      apiUrl = OutgoingUrl.parse(change.apiUrl(), "apiUrl", self).uri();
    } catch (FieldRefused e) {
      refused.putAll(e.messages());
    }
    String token = change.token() == null ? "" : change.token().strip();
    if (token.length() > 500 || token.chars().anyMatch(Character::isWhitespace)) {
      refused.put("token", "must be one word of at most 500 characters");
    }
    Optional<ForgeLink> existing = find(key);
    if (token.isEmpty() && existing.isEmpty()) {
      refused.put("token", "is required");
    }
    if (token.isEmpty()
        && existing.isPresent()
        && apiUrl != null
        && !existing.get().sameHost(apiUrl)) {
      refused.put("token", "must be entered again for a new API host");
    }
    if (!refused.isEmpty()) {
      throw FieldRefused.fields(refused);
    }
    if (kind.isPresent() && forges.of(kind.get()).isEmpty()) {
      throw FieldRefused.field("kind", kind.get().label() + " is not supported yet");
    }
    String sealed =
        token.isEmpty() ? existing.get().tokenSealed() : cipher.encrypt(token, context(key));
    if (existing.isPresent()) {
      ForgeLink link = existing.get();
      if (change.version() != null) {
        StaleVersion.check("forge of " + key, change.version(), link.version());
      }
      Map<String, String> before = fields(link);
      link.describe(kind.get(), apiUrl, project.get(), sealed, clock.instant());
      em.flush();
      FieldChanges changes = FieldChanges.between(before, fields(link));
      if (!token.isEmpty()) {
        changes = changes.withConcealed("token");
      }
      if (!changes.isEmpty()) {
        audit.record(
            subject(key),
            token.isEmpty() ? AuditAction.UPDATED : AuditAction.of("credential-changed"),
            changes);
      }
      return View.of(link);
    }
    ForgeLink link =
        new ForgeLink(key.value(), kind.get(), apiUrl, project.get(), sealed, clock.instant());
    em.persist(link);
    em.flush();
    audit.record(
        subject(key),
        AuditAction.CREATED,
        FieldChanges.created(fields(link)).withConcealed("token"));
    return View.of(link);
  }

  public void remove(RepositoryKey key) {
    requireRepository(key);
    ForgeLink link = find(key).orElseThrow(() -> NotFound.of("forge of repository", key.value()));
    audit.record(subject(key), AuditAction.REMOVED, FieldChanges.removed(fields(link)));
    em.remove(link);
  }

  /** The audit trail's subject: the forge of a repository, by the repository's key. */
  private static AuditSubject subject(RepositoryKey key) {
    return AuditSubject.of("forge", key.value());
  }

  /** What the audit trail records of a forge; its token only as "changed". */
  private static Map<String, String> fields(ForgeLink link) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("kind", link.kind().spelling());
    fields.put("apiUrl", link.apiUrl().toString());
    fields.put("project", link.project().value());
    return fields;
  }

  /** Checks the stored token against the forge: access to the project, and the label. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public ConnectionCheck test(RepositoryKey key) {
    requireRepository(key);
    ForgeLink link = find(key).orElseThrow(() -> new StateConflict(MISSING));
    Forge forge = forges.of(link.kind()).orElseThrow(() -> new StateConflict(MISSING));
    try {
      return forge.check(access(link), PullRequestText.LABEL);
    } catch (ForgeFailure e) {
      throw new StateConflict(e.getMessage());
    }
  }

  /** The link with its token opened, for calling the forge. */
  public ForgeAccess access(ForgeLink link) {
    try {
      return new ForgeAccess(
          link.apiUrl(),
          link.project(),
          cipher.decrypt(link.tokenSealed(), context(new RepositoryKey(link.repository()))));
    } catch (CredentialDecryptionException e) {
      throw new StateConflict(
          "The forge token of " + link.repository() + " cannot be read: enter it again.");
    }
  }

  private void requireRepository(RepositoryKey key) {
    if (repositories.registered(key).isEmpty()) {
      throw NotFound.of("repository", key.value());
    }
  }

  private static String context(RepositoryKey key) {
    return "forge-token:" + key.value();
  }
}
