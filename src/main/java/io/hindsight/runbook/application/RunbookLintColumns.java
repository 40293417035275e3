package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.IndexedRunbook;
import io.hindsight.runbook.domain.LintFinding;
import io.hindsight.runbook.domain.LintRule;
import io.hindsight.runbook.domain.LintStatus;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Copies what lint found in a snapshot into the index rows ({@code lint_state}, {@code
 * lint_findings}, {@code lint_rules}), so that the catalog sorts and filters by lint in the
 * database a page at a time. Only rows whose values differ are written, a few statements for the
 * lot; each node remembers which snapshot it copied, and copies again when rows without lint appear
 * (a rebuilt index). Only a snapshot at the indexed commit is copied ({@link SharedSnapshot}).
 */
@ApplicationScoped
public class RunbookLintColumns {

  private static final int CHUNK = 500;

  @PersistenceContext EntityManager em;

  private final Map<Long, String> copied = new ConcurrentHashMap<>();

  /**
   * Repositories whose copy runs on this node now: the first views of a catalog after a sync come
   * together, and one of them copying is enough (the others show the columns as they are).
   */
  private final Set<Long> copying = ConcurrentHashMap.newKeySet();

  /** Makes the repository's rows show the lint of {@code snapshot}. */
  @Transactional
  public void follow(Long repositoryId, RepositorySnapshot snapshot) {
    String mark = snapshot.commitId() + ":" + snapshot.folder().value();
    if (mark.equals(copied.get(repositoryId)) && unlinted(repositoryId) == 0) {
      return;
    }
    if (!SharedSnapshot.isAtIndexedCommit(snapshot.commitId(), indexedCommit(repositoryId))) {
      return;
    }
    if (!copying.add(repositoryId)) {
      return;
    }
    try {
      copy(repositoryId, snapshot, mark);
    } finally {
      copying.remove(repositoryId);
    }
  }

  private void copy(Long repositoryId, RepositorySnapshot snapshot, String mark) {
    Map<Lint, List<String>> changes = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select r.path, r.lintState, r.lintFindings, r.lintRules from IndexedRunbook r"
                    + " where r.repositoryId = :id",
                Object[].class)
            .setParameter("id", repositoryId)
            .getResultList()) {
      String path = (String) row[0];
      Lint wanted = Lint.of(snapshot.findingsOf(RunbookPath.of(path)));
      if (!wanted.equals(new Lint((String) row[1], (Integer) row[2], (String) row[3]))) {
        changes.computeIfAbsent(wanted, w -> new ArrayList<>()).add(path);
      }
    }
    changes.forEach((lint, paths) -> write(repositoryId, lint, paths));
    copied.put(repositoryId, mark);
  }

  private Optional<String> indexedCommit(Long repositoryId) {
    return Optional.ofNullable(em.find(RunbookRepository.class, repositoryId))
        .flatMap(RunbookRepository::indexedCommit);
  }

  private long unlinted(Long repositoryId) {
    return em.createQuery(
            "select count(r) from IndexedRunbook r where r.repositoryId = :id and r.lintState is null",
            Long.class)
        .setParameter("id", repositoryId)
        .getSingleResult();
  }

  private void write(Long repositoryId, Lint lint, List<String> paths) {
    for (int from = 0; from < paths.size(); from += CHUNK) {
      em.createQuery(
              "update IndexedRunbook r set r.lintState = :state, r.lintFindings = :findings,"
                  + " r.lintRules = :rules where r.repositoryId = :id and r.path in :paths")
          .setParameter("state", lint.state())
          .setParameter("findings", lint.findings())
          .setParameter("rules", lint.rules())
          .setParameter("id", repositoryId)
          .setParameter("paths", paths.subList(from, Math.min(paths.size(), from + CHUNK)))
          .executeUpdate();
    }
  }

  /** The three columns of one file. */
  private record Lint(String state, Integer findings, String rules) {

    static Lint of(List<LintFinding> findings) {
      return new Lint(
          LintStatus.of(findings).name(),
          findings.size(),
          IndexedRunbook.lintRulesColumn(
              findings.stream()
                  .map(LintFinding::rule)
                  .distinct()
                  .sorted()
                  .map(LintRule::id)
                  .toList()));
    }
  }
}
