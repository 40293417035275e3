package io.hindsight.notify.application;

import io.hindsight.notify.domain.Channel;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every five seconds, sends what is due: claims a batch, sends its messages through their channels
 * outside any transaction, on up to {@code HINDSIGHT_NOTIFY_SENDERS} threads at once, records the
 * batch's sent messages together (each failure as it happens), and goes on until nothing is due (or
 * a minute has passed, so one tick never runs for ever). A tick that finds the previous one still
 * running does nothing.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeliveryWorker {

  private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());
  private static final Duration MAX_TICK = Duration.ofMinutes(1);

  @Inject DeliveryClaims claims;
  @Inject NotifySettings settings;
  @Inject Clock clock;
  @Inject DeliveryMetrics metrics;
  @Inject ChannelSettings channelSettings;
  @Inject @Any Instance<DeliveryChannel> channelBeans;
  @Resource ManagedExecutorService executor;

  private final ReentrantLock running = new ReentrantLock();
  private final Map<Channel, DeliveryChannel> channels = new EnumMap<>(Channel.class);

  @PostConstruct
  void collectChannels() {
    for (DeliveryChannel channel : channelBeans) {
      channels.put(channel.channel(), channel);
    }
  }

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void tick() {
    if (!running.tryLock()) {
      return;
    }
    try {
      drain();
      countQueue();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Delivering notifications failed; tried again in 5 seconds.", e);
    } finally {
      running.unlock();
    }
  }

  /**
   * Sends what is due now, after waiting for a tick in progress: when it returns, every message
   * that was due has been attempted, its outcome recorded and the queue's gauges counted again.
   * Returns how many were attempted.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int drainNow() {
    running.lock();
    try {
      int attempted = drain();
      countQueue();
      return attempted;
    } finally {
      running.unlock();
    }
  }

  private void countQueue() {
    DeliveryClaims.QueueSnapshot queue = claims.snapshot(clock.instant());
    metrics.queue(queue.counts(), queue.oldestPending());
  }

  private int drain() {
    int attempted = 0;
    long until = System.nanoTime() + MAX_TICK.toNanos();
    while (System.nanoTime() < until) {
      List<Delivery> due = claims.claim(clock.instant(), settings.batchSize());
      if (due.isEmpty()) {
        break;
      }
      sendAll(due);
      attempted += due.size();
    }
    return attempted;
  }

  /**
   * Sends a claimed batch on this thread and up to {@code senders - 1} more, records the sent ones
   * in one transaction, and returns once every message's outcome is recorded; a pool that refuses
   * work leaves it all to this thread. Each kind's receiver is read once for the batch. A crash
   * before the record repeats the batch's sent messages once, after the lease, with the same keys.
   * No send starts later than half the claim lease after the batch began (hanging receivers), so
   * that the record comes before another worker may take the batch again; what was not started
   * stays in sending and is claimed again after the lease, never sent twice.
   */
  private void sendAll(List<Delivery> due) {
    Queue<Delivery> left = new ConcurrentLinkedQueue<>(due);
    Queue<Delivery> sent = new ConcurrentLinkedQueue<>();
    BatchReceivers receivers = new BatchReceivers(channelSettings);
    long lastStart = System.nanoTime() + settings.claimLease().dividedBy(2).toNanos();
    Runnable sender =
        () -> {
          while (System.nanoTime() < lastStart) {
            Delivery delivery = left.poll();
            if (delivery == null) {
              return;
            }
            if (deliver(delivery, receivers)) {
              sent.add(delivery);
            }
          }
        };
    List<Future<?>> helpers = new ArrayList<>();
    int extra = Math.min(settings.senders(), due.size()) - 1;
    try {
      for (int i = 0; i < extra; i++) {
        helpers.add(executor.submit(sender));
      }
    } catch (RejectedExecutionException busy) {
      LOG.fine("The executor is busy: this batch is sent by fewer threads.");
    }
    try {
      sender.run();
      awaitAll(helpers);
    } finally {
      recordSent(List.copyOf(sent));
    }
    if (!left.isEmpty()) {
      LOG.warning(
          () ->
              left.size()
                  + " claimed notifications were not started within half the claim lease (slow"
                  + " receivers); they are claimed again after the lease.");
    }
  }

  private static void awaitAll(List<Future<?>> helpers) {
    for (Future<?> helper : helpers) {
      try {
        helper.get();
      } catch (ExecutionException e) {
        LOG.log(Level.WARNING, "A notification sender failed.", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void recordSent(List<Delivery> sent) {
    if (sent.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    claims.sent(sent.stream().map(Delivery::id).toList(), now);
    for (Delivery delivery : sent) {
      metrics.sent(delivery, Duration.between(delivery.createdAt(), now));
    }
  }

  /** Sends one message; true when it went out, false when its failure is recorded. */
  private boolean deliver(Delivery delivery, BatchReceivers receivers) {
    DeliveryChannel channel = channels.get(delivery.channel());
    try {
      if (channel == null) {
        throw new DeliveryFailure("no channel delivers " + delivery.channel().spelling());
      }
      channel.deliver(delivery, receivers);
      return true;
    } catch (DeliveryFailure e) {
      failed(delivery, e.getMessage(), e.retryAfter());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Notification " + delivery.id() + " failed unexpectedly.", e);
      failed(delivery, e.getClass().getSimpleName() + ": " + e.getMessage(), Optional.empty());
    }
    return false;
  }

  private void failed(Delivery delivery, String error, Optional<Duration> retryAfter) {
    LOG.info(
        () ->
            "Notification "
                + delivery.id()
                + " ("
                + delivery.channel().spelling()
                + ", attempt "
                + delivery.attempt()
                + ") failed: "
                + error);
    metrics.failed(delivery, claims.failed(delivery.id(), error, clock.instant(), retryAfter));
  }
}
