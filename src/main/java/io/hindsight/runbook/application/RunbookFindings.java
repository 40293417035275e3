package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The lint findings of a runbook. This is where the lint rules plug in; until they do, a runbook
 * has no findings.
 */
@ApplicationScoped
public class RunbookFindings {

  /** One finding: which rule, and what it says about the runbook. */
  public record Finding(String rule, String message) {}

  public List<Finding> of(RepositoryKey repository, RunbookPath path) {
    return List.of();
  }
}
