package io.hindsight.security.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.security.domain.LoginThrottle;
import io.hindsight.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LoginThrottlesTest {

  private final MutableClock clock = MutableClock.at(Instant.parse("2026-03-02T09:00:00Z"));
  private final LoginThrottles throttles =
      new LoginThrottles(new LoginThrottle(clock), new LoginThrottle(clock, 100, 50));

  @Test
  void aStrangersFailuresDoNotKeepTheUserOutFromTheirOwnClient() {
    for (int i = 0; i < 20; i++) {
      throttles.begin("user:admin", "ip:198.51.100.7");
    }
    assertThat(throttles.begin("user:admin", "ip:198.51.100.7")).isPresent();

    assertThat(throttles.begin("user:admin", "ip:203.0.113.5")).isEmpty();
    throttles.succeeded("user:admin", "ip:203.0.113.5");
  }

  @Test
  void sixFailuresOfAPairLockThatPairAndASuccessStartsItAfresh() {
    for (int i = 0; i < 5; i++) {
      assertThat(throttles.begin("user:ann", "ip:1.2.3.4")).isEmpty();
    }
    assertThat(throttles.begin("user:ann", "ip:1.2.3.4")).isEmpty();
    assertThat(throttles.begin("user:ann", "ip:1.2.3.4")).hasValue(Duration.ofSeconds(30));

    clock.advance(Duration.ofSeconds(30));
    assertThat(throttles.begin("user:ann", "ip:1.2.3.4")).isEmpty();
    throttles.succeeded("user:ann", "ip:1.2.3.4");
    assertThat(throttles.begin("user:ann", "ip:1.2.3.4")).isEmpty();
  }

  @Test
  void aClientGuessingManyNamesIsStoppedAndItsOwnSuccessesDoNotWipeItsFailures() {
    for (int i = 0; i < 50; i++) {
      assertThat(throttles.begin("user:u" + i, "ip:9.9.9.9")).isEmpty();
      throttles.begin("user:mine", "ip:9.9.9.9");
      throttles.succeeded("user:mine", "ip:9.9.9.9");
    }
    assertThat(throttles.begin("user:u50", "ip:9.9.9.9")).isEmpty();
    assertThat(throttles.begin("user:u51", "ip:9.9.9.9")).isPresent();
    assertThat(throttles.begin("user:u51", "ip:8.8.8.8")).isEmpty();
  }

  @Test
  void parallelGuessesCannotAllPassTheCheckBeforeTheFirstFailureIsRecorded() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> guesses = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        guesses.add(() -> throttles.begin("user:ann", "ip:1.2.3.4").isEmpty());
      }
      long admitted = 0;
      for (Future<Boolean> admittedGuess : pool.invokeAll(guesses)) {
        admitted += admittedGuess.get() ? 1 : 0;
      }
      assertThat(admitted).isEqualTo(6);
    } finally {
      pool.shutdownNow();
    }
  }
}
