package io.hindsight.notify.application;

import io.hindsight.platform.persistence.AfterCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Wakes the delivery worker when a transaction that queued messages commits, so that they go out at
 * once instead of at the worker's next tick. Registers one synchronization per transaction, however
 * many messages it queues; a rolled-back transaction wakes nobody.
 */
@ApplicationScoped
public class DeliveryWakeUp {

  @Inject AfterCommit afterCommit;
  @Inject DeliveryWorker worker;

  /** Called in the transaction that queued a message to send. */
  void queuedInThisTransaction() {
    afterCommit.once("delivery-wake-up", worker::wake);
  }
}
