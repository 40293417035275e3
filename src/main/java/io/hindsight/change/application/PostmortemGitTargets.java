package io.hindsight.change.application;

import io.hindsight.change.domain.PostmortemFolder;
import io.hindsight.change.domain.PostmortemGitTarget;
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
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which repository takes published post-mortems (at most one), in which folder, and whether they
 * may be committed straight to its base branch. Changes are recorded in the audit trail (subject
 * {@code postmortem-git}, the repository's key).
 */
@ApplicationScoped
@Transactional
public class PostmortemGitTargets {

  public static final String NONE =
      "No repository takes post-mortems: an admin names one and its folder on the repository's"
          + " settings (Admin → Repositories, or PUT /api/v1/repositories/{key}/postmortems).";

  @Inject RunbookRepositories repositories;
  @Inject Clock clock;
  @Inject AuditTrail audit;
  @PersistenceContext EntityManager em;

  /** What an admin sees and sends. */
  public record View(String repository, String folder, boolean directCommits, long version) {

    static View of(PostmortemGitTarget target) {
      return new View(
          target.repository(), target.folder().value(), target.directCommits(), target.version());
    }
  }

  /** The repository that takes post-mortems, if one does. */
  public Optional<PostmortemGitTarget> current() {
    return em.createQuery(
            "select t from PostmortemGitTarget t order by t.repository", PostmortemGitTarget.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public Optional<PostmortemGitTarget> of(RepositoryKey key) {
    return Optional.ofNullable(em.find(PostmortemGitTarget.class, key.value()));
  }

  public View view(RepositoryKey key) {
    requireRepository(key);
    return of(key)
        .map(View::of)
        .orElseThrow(() -> NotFound.of("post-mortem folder of repository", key.value()));
  }

  /**
   * @throws StateConflict when another repository takes post-mortems already
   */
  public View change(RepositoryKey key, String folder, Boolean directCommits, Long version) {
    requireRepository(key);
    String problem = PostmortemFolder.problemWith(folder == null ? null : folder.strip());
    if (problem != null) {
      throw FieldRefused.field("folder", problem);
    }
    PostmortemFolder parsed = new PostmortemFolder(folder.strip());
    boolean direct = Boolean.TRUE.equals(directCommits);
    current()
        .filter(other -> !other.repository().equals(key.value()))
        .ifPresent(
            other -> {
              throw new StateConflict(
                  "Repository "
                      + other.repository()
                      + " takes post-mortems already; remove it there first.");
            });
    Optional<PostmortemGitTarget> existing = of(key);
    if (existing.isPresent()) {
      PostmortemGitTarget target = existing.get();
      if (version != null) {
        StaleVersion.check("post-mortem folder of " + key, version, target.version());
      }
      Map<String, String> before = fields(target);
      target.describe(parsed, direct, clock.instant());
      em.flush();
      FieldChanges changes = FieldChanges.between(before, fields(target));
      if (!changes.isEmpty()) {
        audit.record(subject(key), AuditAction.UPDATED, changes);
      }
      return View.of(target);
    }
    PostmortemGitTarget target =
        new PostmortemGitTarget(key.value(), parsed, direct, clock.instant());
    em.persist(target);
    em.flush();
    audit.record(subject(key), AuditAction.CREATED, FieldChanges.created(fields(target)));
    return View.of(target);
  }

  public void remove(RepositoryKey key) {
    requireRepository(key);
    PostmortemGitTarget target =
        of(key).orElseThrow(() -> NotFound.of("post-mortem folder of repository", key.value()));
    audit.record(subject(key), AuditAction.REMOVED, FieldChanges.removed(fields(target)));
    em.remove(target);
  }

  private void requireRepository(RepositoryKey key) {
    if (repositories.registered(key).isEmpty()) {
      throw NotFound.of("repository", key.value());
    }
  }

  private static Map<String, String> fields(PostmortemGitTarget target) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("folder", target.folder().value());
    fields.put("directCommits", String.valueOf(target.directCommits()));
    return fields;
  }

  private static AuditSubject subject(RepositoryKey key) {
    return AuditSubject.of("postmortem-git", key.value());
  }
}
