package io.hindsight.change.application;

import io.hindsight.runbook.application.RepositorySync;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Re-indexes a runbook's repository as soon as a merge is committed, so that the runbook page and
 * the catalog show the new text at once. After the transaction: the merge held the repository's
 * row, which the sync writes. A sync running already runs once more instead.
 */
@ApplicationScoped
public class ChangeReindex {

  private static final Logger LOG = Logger.getLogger(ChangeReindex.class.getName());

  @Inject RepositorySync sync;

  void merged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeRequestMerged merged) {
    LOG.info(
        () ->
            "Re-indexing "
                + merged.runbook().repository()
                + " after merging change request #"
                + merged.changeRequestId());
    sync.syncSoon(merged.runbook().repository(), Runnable::run);
  }
}
