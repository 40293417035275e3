package io.hindsight.notify.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Wakes the delivery worker when a transaction that queued messages commits, so that they go out at
 * once instead of at the worker's next tick. Registers one synchronization per transaction, however
 * many messages it queues; a rolled-back transaction wakes nobody.
 */
@ApplicationScoped
public class DeliveryWakeUp {

  private static final Logger LOG = Logger.getLogger(DeliveryWakeUp.class.getName());
  private static final Object QUEUED = DeliveryWakeUp.class.getName() + ".queued";

  @Resource TransactionSynchronizationRegistry transactions;
  @Inject DeliveryWorker worker;

  /** Called in the transaction that queued a message to send. */
  void queuedInThisTransaction() {
    if (transactions.getResource(QUEUED) != null) {
      return;
    }
    transactions.putResource(QUEUED, Boolean.TRUE);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // Nothing to do before the commit: the messages are only sendable once it is done.
          }

          @Override
          public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
              return;
            }
            try {
              worker.wake();
            } catch (RuntimeException e) {
              // The messages are committed either way: the worker's next tick sends them.
              LOG.log(Level.WARNING, "Could not wake the delivery worker; its timer will.", e);
            }
          }
        });
  }
}
