package io.hindsight.notify.application;

import io.hindsight.notify.domain.Channel;

/**
 * One way of sending messages (email, chat, webhook); each is a bean the worker picks by channel.
 */
public interface DeliveryChannel {

  Channel channel();

  /** Sends the message or throws; never leaves a failure unreported. */
  void deliver(Delivery delivery) throws DeliveryFailure;
}
