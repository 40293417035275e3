package io.hindsight.security.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Optional;

/**
 * Slows down password guessing per key (a username, and separately a client address).
 *
 * <p>The first {@value #FREE_FAILURES} failures within {@link #WINDOW} cost nothing. Each further
 * failure locks the key: for 30 s after the 6th, doubling with every failure up to 15 min. A key's
 * record is forgotten {@link #WINDOW} after its first failure or, once locked, after its lockout
 * ends; a success forgets it at once. Failures are counted even if a caller records them during a
 * lockout, since each stands for a password that was tried.
 *
 * <p>At most {@code maxKeys} keys are tracked; beyond that the least recently failed key is
 * forgotten. One lock guards all state: a login spends far longer in password hashing.
 */
public final class LoginThrottle {

  public static final int FREE_FAILURES = 5;
  public static final Duration WINDOW = Duration.ofMinutes(15);
  public static final Duration FIRST_LOCKOUT = Duration.ofSeconds(30);
  public static final Duration MAX_LOCKOUT = Duration.ofMinutes(15);
  public static final int DEFAULT_MAX_KEYS = 10_000;

  private final Clock clock;
  private final int maxKeys;
  private final int freeFailures;
  // Insertion order, and a key is re-inserted on each failure: the eldest failed least recently.
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

  public LoginThrottle(Clock clock) {
    this(clock, DEFAULT_MAX_KEYS);
  }

  public LoginThrottle(Clock clock, int maxKeys) {
    this(clock, maxKeys, FREE_FAILURES);
  }

  /**
   * A throttle that lets {@code freeFailures} failures pass per window: a client address, shared by
   * everyone behind one proxy, gets more than a single user name.
   */
  public LoginThrottle(Clock clock, int maxKeys, int freeFailures) {
    if (maxKeys < 1) {
      throw new IllegalArgumentException("maxKeys must be positive: " + maxKeys);
    }
    if (freeFailures < 1) {
      throw new IllegalArgumentException("freeFailures must be positive: " + freeFailures);
    }
    this.clock = Objects.requireNonNull(clock, "clock");
    this.maxKeys = maxKeys;
    this.freeFailures = freeFailures;
  }

  public boolean isBlocked(String key) {
    return retryAfter(key).isPresent();
  }

  /** How long the key stays locked, or empty if it may try now. */
  public synchronized Optional<Duration> retryAfter(String key) {
    Objects.requireNonNull(key, "key");
    Instant now = clock.instant();
    Entry entry = current(key, now);
    if (entry == null || entry.lockedUntil == null || !now.isBefore(entry.lockedUntil)) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, entry.lockedUntil));
  }

  public synchronized void recordFailure(String key) {
    Objects.requireNonNull(key, "key");
    Instant now = clock.instant();
    Entry entry = current(key, now);
    entries.remove(key);
    forgetExpiredEldest(now);
    if (entries.size() >= maxKeys) {
      Iterator<String> eldest = entries.keySet().iterator();
      eldest.next();
      eldest.remove();
    }
    if (entry == null) {
      entry = new Entry(now);
    }
    entry.failures++;
    if (entry.failures > freeFailures) {
      entry.lockedUntil = now.plus(lockout(entry.failures - freeFailures + FREE_FAILURES));
    }
    entries.put(key, entry);
  }

  /**
   * Takes back one failure recorded before the outcome was known (a login that then succeeded),
   * without forgetting the key's other failures.
   */
  public synchronized void forgiveFailure(String key) {
    Entry entry = current(Objects.requireNonNull(key, "key"), clock.instant());
    if (entry == null) {
      return;
    }
    entry.failures--;
    if (entry.failures <= 0) {
      entries.remove(key);
    } else if (entry.failures <= freeFailures) {
      entry.lockedUntil = null;
    }
  }

  public synchronized void recordSuccess(String key) {
    entries.remove(Objects.requireNonNull(key, "key"));
  }

  synchronized int failures(String key) {
    Entry entry = current(key, clock.instant());
    return entry == null ? 0 : entry.failures;
  }

  synchronized int trackedKeys() {
    return entries.size();
  }

  /**
   * The lockout after {@code failures} failures, as counted by a throttle with the default free
   * failures.
   */
  static Duration lockout(int failures) {
    int doublings = Math.min(failures - FREE_FAILURES - 1, 10);
    Duration lockout = FIRST_LOCKOUT.multipliedBy(1L << doublings);
    return lockout.compareTo(MAX_LOCKOUT) > 0 ? MAX_LOCKOUT : lockout;
  }

  private Entry current(String key, Instant now) {
    Entry entry = entries.get(key);
    if (entry != null && entry.isExpired(now)) {
      entries.remove(key);
      return null;
    }
    return entry;
  }

  // Amortised constant work; an expired entry further in is ignored by every read until then.
  private void forgetExpiredEldest(Instant now) {
    Iterator<Entry> iterator = entries.values().iterator();
    while (iterator.hasNext() && iterator.next().isExpired(now)) {
      iterator.remove();
    }
  }

  private static final class Entry {
    private final Instant firstFailure;
    private int failures;
    private Instant lockedUntil;

    Entry(Instant firstFailure) {
      this.firstFailure = firstFailure;
    }

    boolean isExpired(Instant now) {
      Instant from = lockedUntil == null ? firstFailure : lockedUntil;
      return !now.isBefore(from.plus(WINDOW));
    }
  }
}
