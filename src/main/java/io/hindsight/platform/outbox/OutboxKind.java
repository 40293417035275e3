package io.hindsight.platform.outbox;

/** How an outbox message is delivered. */
public enum OutboxKind {
  EMAIL,
  CHAT
}
