package io.hindsight.notify.application;

import io.hindsight.notify.domain.Channel;
import io.hindsight.platform.schedule.SingleDrain;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what is due: when a transaction that queued messages commits (see {@link DeliveryWakeUp})
 * and every second besides (messages that fell due by their retry time, or that another node or a
 * plain SQL insert queued). A drain claims a batch, sends its messages through their channels
 * outside any transaction on up to {@code HINDSIGHT_NOTIFY_SENDERS} threads at once and, while they
 * go out, records the previous batch's sent messages together (each failure as it happens) and
 * claims the next batch; it goes on until nothing is due (or a minute has passed, so one drain
 * never runs for ever). A wake-up that finds a drain running makes it look once more when it ends,
 * so nothing queued meanwhile waits for the next second.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeliveryWorker {

  private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());
  private static final Duration MAX_DRAIN = Duration.ofMinutes(1);
  private static final Duration GAUGE_INTERVAL = Duration.ofSeconds(5);

  @Inject DeliveryClaims claims;
  @Inject NotifySettings settings;
  @Inject Clock clock;
  @Inject DeliveryMetrics metrics;
  @Inject ChannelSettings channelSettings;
  @Inject @Any Instance<DeliveryChannel> channelBeans;
  @Resource ManagedExecutorService executor;

  private final SingleDrain drains = new SingleDrain();
  private final Map<Channel, DeliveryChannel> channels = new EnumMap<>(Channel.class);
  private volatile long lastCounted = System.nanoTime() - GAUGE_INTERVAL.toNanos();

  @PostConstruct
  void collectChannels() {
    for (DeliveryChannel channel : channelBeans) {
      channels.put(channel.channel(), channel);
    }
  }

  @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void tick() {
    drainWhileAsked();
  }

  /** Drains on the container's thread pool, soon after a transaction that queued messages. */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void wake() {
    drainWhileAsked();
  }

  /**
   * Drains unless a drain is running; that one then drains again once it is done, so a message
   * committed while it made its last (empty) claim is not left for the next tick.
   */
  private void drainWhileAsked() {
    drains.whileAsked(
        () -> {
          try {
            int attempted = drain();
            if (attempted > 0 || System.nanoTime() - lastCounted >= GAUGE_INTERVAL.toNanos()) {
              countQueue();
            }
          } catch (Exception e) {
            LOG.log(Level.WARNING, "Delivering notifications failed; tried again in a second.", e);
          }
        });
  }

  /**
   * Sends what is due now, after waiting for a drain in progress: when it returns, every message
   * that was due has been attempted, its outcome recorded and the queue's gauges counted again.
   * Returns how many were attempted.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int drainNow() {
    return drains.now(
        () -> {
          int attempted = drain();
          countQueue();
          return attempted;
        });
  }

  private void countQueue() {
    lastCounted = System.nanoTime();
    DeliveryClaims.QueueSnapshot queue = claims.snapshot(clock.instant());
    metrics.queue(queue.counts(), queue.oldestPending());
  }

  /**
   * Sends batch after batch: while one batch goes out on the sender threads, this thread records
   * the sent messages of the batch before and claims the next one, then joins the senders. A crash
   * before a record repeats the sent messages of at most two batches, each once, after the lease,
   * with the same keys. Every batch claimed is sent before the drain returns.
   */
  private int drain() {
    int attempted = 0;
    long until = System.nanoTime() + MAX_DRAIN.toNanos();
    List<Delivery> batch = claims.claim(clock.instant(), settings.batchSize());
    long claimedAt = System.nanoTime();
    List<Delivery> unrecorded = List.of();
    try {
      while (!batch.isEmpty()) {
        Sending sending = new Sending(batch, claimedAt);
        sending.start();
        List<Delivery> next = List.of();
        long nextClaimedAt = System.nanoTime();
        try {
          recordSent(unrecorded);
          if (nextClaimedAt < until) {
            nextClaimedAt = System.nanoTime();
            next = claims.claim(clock.instant(), settings.batchSize());
          }
        } finally {
          unrecorded = sending.finish();
        }
        attempted += batch.size();
        batch = next;
        claimedAt = nextClaimedAt;
      }
    } finally {
      recordSent(unrecorded);
    }
    return attempted;
  }

  /**
   * One claimed batch going out on this thread and up to {@code senders - 1} more; a pool that
   * refuses work leaves it all to this thread. Each kind's receiver is read once for the batch. No
   * send starts later than half the claim lease after the claim (hanging receivers), so that the
   * record comes before another worker may take the batch again; what was not started stays in
   * sending and is claimed again after the lease, never sent twice.
   */
  private final class Sending {

    private final Queue<Delivery> left;
    private final Queue<Delivery> sent = new ConcurrentLinkedQueue<>();
    private final BatchReceivers receivers = new BatchReceivers(channelSettings);
    private final long lastStart;
    private final int size;
    private final List<Future<?>> helpers = new ArrayList<>();

    Sending(List<Delivery> due, long claimedAt) {
      this.left = new ConcurrentLinkedQueue<>(due);
      this.size = due.size();
      this.lastStart = claimedAt + settings.claimLease().dividedBy(2).toNanos();
    }

    /** Starts the helper threads; this thread joins them in {@link #finish}. */
    void start() {
      int extra = Math.min(settings.senders(), size) - 1;
      try {
        for (int i = 0; i < extra; i++) {
          helpers.add(executor.submit(this::send));
        }
      } catch (RejectedExecutionException busy) {
        LOG.fine("The executor is busy: this batch is sent by fewer threads.");
      }
    }

    /** Sends what the helpers have not taken yet, waits for them, and returns the sent ones. */
    List<Delivery> finish() {
      send();
      awaitAll(helpers);
      if (!left.isEmpty()) {
        LOG.warning(
            () ->
                left.size()
                    + " claimed notifications were not started within half the claim lease (slow"
                    + " receivers); they are claimed again after the lease.");
      }
      return List.copyOf(sent);
    }

    private void send() {
      while (System.nanoTime() < lastStart) {
        Delivery delivery = left.poll();
        if (delivery == null) {
          return;
        }
        if (deliver(delivery, receivers)) {
          sent.add(delivery);
        }
      }
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
