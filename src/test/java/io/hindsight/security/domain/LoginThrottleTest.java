package io.hindsight.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final String ALICE = "alice";
  private static final String ADDRESS = "203.0.113.7";

  private final MutableClock clock = MutableClock.at(Instant.parse("2026-03-01T10:00:00Z"));
  private final LoginThrottle throttle = new LoginThrottle(clock);

  private void fail(String key, int times) {
    for (int i = 0; i < times; i++) {
      throttle.recordFailure(key);
    }
  }

  @Test
  void forgivingAFailureTakesBackOnlyThatOneAndItsLock() {
    fail(ALICE, 6);
    assertThat(throttle.isBlocked(ALICE)).isTrue();

    throttle.forgiveFailure(ALICE);

    assertThat(throttle.isBlocked(ALICE)).isFalse();
    assertThat(throttle.failures(ALICE)).isEqualTo(5);
    throttle.forgiveFailure("nobody");
    assertThat(throttle.failures("nobody")).isZero();
  }

  @Test
  void unknownKeyIsNotBlocked() {
    assertThat(throttle.isBlocked(ALICE)).isFalse();
    assertThat(throttle.retryAfter(ALICE)).isEmpty();
  }

  @Test
  void fourFailuresAreFree() {
    fail(ALICE, 4);

    assertThat(throttle.isBlocked(ALICE)).isFalse();
    assertThat(throttle.retryAfter(ALICE)).isEmpty();
  }

  @Test
  void fiveFailuresAreStillFree() {
    fail(ALICE, 5);

    assertThat(throttle.isBlocked(ALICE)).isFalse();
    assertThat(throttle.retryAfter(ALICE)).isEmpty();
  }

  @Test
  void sixthFailureLocksForThirtySeconds() {
    fail(ALICE, 6);

    assertThat(throttle.isBlocked(ALICE)).isTrue();
    assertThat(throttle.retryAfter(ALICE)).contains(Duration.ofSeconds(30));
  }

  @Test
  void lockoutCountsDown() {
    fail(ALICE, 6);

    clock.advance(Duration.ofSeconds(29));
    assertThat(throttle.isBlocked(ALICE)).isTrue();
    assertThat(throttle.retryAfter(ALICE)).contains(Duration.ofSeconds(1));

    clock.advance(Duration.ofMillis(999));
    assertThat(throttle.retryAfter(ALICE)).contains(Duration.ofMillis(1));

    clock.advance(Duration.ofMillis(1));
    assertThat(throttle.isBlocked(ALICE)).isFalse();
  }

  @Test
  void unlockedAfterThirtyOneSeconds() {
    fail(ALICE, 6);

    clock.advance(Duration.ofSeconds(31));

    assertThat(throttle.isBlocked(ALICE)).isFalse();
    assertThat(throttle.retryAfter(ALICE)).isEmpty();
  }

  @Test
  void lockoutDoublesWithEachFurtherFailure() {
    fail(ALICE, 6);
    List<Duration> lockouts = new ArrayList<>();
    lockouts.add(throttle.retryAfter(ALICE).orElseThrow());
    for (int i = 0; i < 5; i++) {
      clock.advance(throttle.retryAfter(ALICE).orElseThrow());
      assertThat(throttle.isBlocked(ALICE)).isFalse();
      throttle.recordFailure(ALICE);
      lockouts.add(throttle.retryAfter(ALICE).orElseThrow());
    }

    assertThat(lockouts)
        .containsExactly(
            Duration.ofSeconds(30),
            Duration.ofSeconds(60),
            Duration.ofSeconds(120),
            Duration.ofSeconds(240),
            Duration.ofSeconds(480),
            Duration.ofMinutes(15));
  }

  @Test
  void lockoutIsCappedAtFifteenMinutes() {
    fail(ALICE, 10);
    assertThat(throttle.retryAfter(ALICE)).contains(Duration.ofSeconds(480));

    throttle.recordFailure(ALICE);
    assertThat(throttle.retryAfter(ALICE)).contains(Duration.ofMinutes(15));

    fail(ALICE, 100);
    assertThat(throttle.retryAfter(ALICE)).contains(Duration.ofMinutes(15));
    assertThat(LoginThrottle.lockout(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void cappedLockoutPersistsAfterItEnds() {
    fail(ALICE, 11);
    clock.advance(Duration.ofMinutes(15));
    assertThat(throttle.isBlocked(ALICE)).isFalse();

    throttle.recordFailure(ALICE);

    assertThat(throttle.retryAfter(ALICE)).contains(Duration.ofMinutes(15));
  }

  @Test
  void failuresCountWithinTheWindowOnly() {
    fail(ALICE, 5);
    clock.advance(Duration.ofMinutes(15).minusSeconds(1));

    throttle.recordFailure(ALICE);

    assertThat(throttle.isBlocked(ALICE)).isTrue();
  }

  @Test
  void failuresExpireWithTheWindow() {
    fail(ALICE, 5);
    clock.advance(Duration.ofMinutes(15));

    throttle.recordFailure(ALICE);

    assertThat(throttle.isBlocked(ALICE)).isFalse();
    assertThat(throttle.failures(ALICE)).isEqualTo(1);
  }

  @Test
  void windowRunsFromTheFirstFailure() {
    throttle.recordFailure(ALICE);
    clock.advance(Duration.ofMinutes(10));
    fail(ALICE, 4);
    clock.advance(Duration.ofMinutes(5));

    throttle.recordFailure(ALICE);

    assertThat(throttle.isBlocked(ALICE)).isFalse();
    assertThat(throttle.failures(ALICE)).isEqualTo(1);
  }

  @Test
  void lockedKeyIsForgottenAWindowAfterItsLockoutEnds() {
    fail(ALICE, 6);
    clock.advance(Duration.ofSeconds(30).plus(Duration.ofMinutes(15)).minusSeconds(1));
    assertThat(throttle.failures(ALICE)).isEqualTo(6);

    clock.advance(Duration.ofSeconds(1));
    assertThat(throttle.failures(ALICE)).isZero();
    throttle.recordFailure(ALICE);
    assertThat(throttle.isBlocked(ALICE)).isFalse();
  }

  @Test
  void successResets() {
    fail(ALICE, 7);
    assertThat(throttle.isBlocked(ALICE)).isTrue();

    throttle.recordSuccess(ALICE);

    assertThat(throttle.isBlocked(ALICE)).isFalse();
    assertThat(throttle.failures(ALICE)).isZero();
    fail(ALICE, 5);
    assertThat(throttle.isBlocked(ALICE)).isFalse();
  }

  @Test
  void failuresDuringALockoutStillCount() {
    fail(ALICE, 6);

    throttle.recordFailure(ALICE);

    assertThat(throttle.retryAfter(ALICE)).contains(Duration.ofSeconds(60));
  }

  @Test
  void keysAreIndependent() {
    fail(ALICE, 6);
    fail(ADDRESS, 5);

    assertThat(throttle.isBlocked(ALICE)).isTrue();
    assertThat(throttle.isBlocked(ADDRESS)).isFalse();
    assertThat(throttle.isBlocked("bob")).isFalse();

    throttle.recordSuccess(ADDRESS);
    assertThat(throttle.isBlocked(ALICE)).isTrue();
  }

  @Test
  void tracksAtMostMaxKeysEvictingTheOldest() {
    LoginThrottle small = new LoginThrottle(clock, 3);
    for (String key : List.of("a", "b", "c")) {
      for (int i = 0; i < 6; i++) {
        small.recordFailure(key);
      }
    }
    assertThat(small.isBlocked("a")).isTrue();

    small.recordFailure("d");

    assertThat(small.trackedKeys()).isEqualTo(3);
    assertThat(small.isBlocked("a")).isFalse();
    assertThat(small.isBlocked("b")).isTrue();
    assertThat(small.isBlocked("c")).isTrue();
    assertThat(small.failures("d")).isEqualTo(1);
  }

  @Test
  void evictsTheLeastRecentlyFailedKey() {
    LoginThrottle small = new LoginThrottle(clock, 2);
    small.recordFailure("a");
    small.recordFailure("b");
    small.recordFailure("a");

    small.recordFailure("c");

    assertThat(small.failures("a")).isEqualTo(2);
    assertThat(small.failures("b")).isZero();
    assertThat(small.failures("c")).isEqualTo(1);
  }

  @Test
  void defaultBoundHoldsUnderAFloodOfKeys() {
    for (int i = 0; i < 25_000; i++) {
      throttle.recordFailure("user" + i);
    }

    assertThat(throttle.trackedKeys()).isEqualTo(LoginThrottle.DEFAULT_MAX_KEYS);
    assertThat(throttle.failures("user24999")).isEqualTo(1);
    assertThat(throttle.failures("user0")).isZero();
  }

  @Test
  void expiredKeysMakeRoomBeforeLiveOnes() {
    LoginThrottle small = new LoginThrottle(clock, 2);
    small.recordFailure("old");
    clock.advance(Duration.ofMinutes(20));
    small.recordFailure("recent");

    assertThat(small.trackedKeys()).isEqualTo(1);
    small.recordFailure("new");
    assertThat(small.failures("recent")).isEqualTo(1);
    assertThat(small.failures("new")).isEqualTo(1);
  }

  @Test
  void concurrentFailuresAreCountedExactly() throws Exception {
    int threads = 8;
    int perThread = 2_500;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String ownKey = "thread" + t;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < perThread; i++) {
                    throttle.recordFailure(ALICE);
                    throttle.recordFailure(ownKey);
                    throttle.isBlocked(ALICE);
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> future : done) {
        future.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(throttle.failures(ALICE)).isEqualTo(threads * perThread);
    for (int t = 0; t < threads; t++) {
      assertThat(throttle.failures("thread" + t)).isEqualTo(perThread);
    }
  }

  @Test
  void concurrentFailuresCrossTheThresholdExactlyOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(6);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 6; t++) {
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  throttle.recordFailure(ALICE);
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> future : done) {
        future.get(10, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(throttle.retryAfter(ALICE)).contains(Duration.ofSeconds(30));
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> new LoginThrottle(clock, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LoginThrottle(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> throttle.recordFailure(null)).isInstanceOf(NullPointerException.class);
  }
}
