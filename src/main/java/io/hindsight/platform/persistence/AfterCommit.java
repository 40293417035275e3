package io.hindsight.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs an action once the current transaction has committed, once per transaction and key however
 * often it is asked: a queue's worker woken for the rows the transaction wrote. A rolled-back
 * transaction runs nothing; a failing action is logged, the rows being committed either way.
 */
@ApplicationScoped
public class AfterCommit {

  private static final Logger LOG = Logger.getLogger(AfterCommit.class.getName());

  @Resource TransactionSynchronizationRegistry transactions;

  public void once(String key, Runnable action) {
    String resource = AfterCommit.class.getName() + "." + key;
    if (transactions.getResource(resource) != null) {
      return;
    }
    transactions.putResource(resource, Boolean.TRUE);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // Nothing before the commit: what the action is for exists only once it is done.
          }

          @Override
          public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
              return;
            }
            try {
              action.run();
            } catch (RuntimeException e) {
              LOG.log(Level.WARNING, "After the commit, " + key + " failed; its timer does it.", e);
            }
          }
        });
  }
}
