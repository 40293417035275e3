package io.hindsight.notify.application;

import io.hindsight.notify.domain.Channel;

/**
 * One way of sending messages (email, chat, webhook); each is a bean the worker picks by channel.
 */
public interface DeliveryChannel {

  Channel channel();

  /** Sends the message or throws; never leaves a failure unreported. */
  void deliver(Delivery delivery) throws DeliveryFailure;

  /**
   * Sends one message of a claimed batch, taking its receiver from the batch's {@code receivers}
   * (read once per kind for the whole batch) where the channel has one.
   */
  default void deliver(Delivery delivery, BatchReceivers receivers) throws DeliveryFailure {
    deliver(delivery);
  }
}
