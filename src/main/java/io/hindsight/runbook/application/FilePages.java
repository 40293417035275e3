package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
import java.net.URI;
import java.util.Optional;

/**
 * Where a runbook's file is shown on the web, for a repository whose host a higher feature knows
 * better than its remote address says (a forge set for the repository); implemented by {@code
 * forge}.
 */
public interface FilePages {

  Optional<URI> of(RepositoryKey repository, String branch, RunbookPath path);
}
