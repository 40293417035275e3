package io.hindsight.platform.memo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ShortLivedMemoTest {

  private final AtomicLong nanos = new AtomicLong(1_000);
  private final AtomicInteger works = new AtomicInteger();
  private final ShortLivedMemo<String, Integer> memo =
      new ShortLivedMemo<>(Duration.ofSeconds(1), 3, nanos::get);

  private int count(String key) {
    return memo.get(key, works::incrementAndGet);
  }

  @Test
  void aValueIsKeptForItsTimeThenWorkedOutAgain() {
    assertThat(count("open")).isEqualTo(1);
    nanos.addAndGet(Duration.ofMillis(999).toNanos());
    assertThat(count("open")).isEqualTo(1);
    nanos.addAndGet(Duration.ofMillis(1).toNanos());
    assertThat(count("open")).isEqualTo(2);
    assertThat(works).hasValue(2);
  }

  @Test
  void eachKeyHasItsOwnValue() {
    assertThat(count("open")).isEqualTo(1);
    assertThat(count("done")).isEqualTo(2);
    assertThat(count("open")).isEqualTo(1);
  }

  @Test
  void forgettingDropsEveryValue() {
    count("open");
    count("done");
    memo.forget();
    assertThat(count("open")).isEqualTo(3);
    assertThat(count("done")).isEqualTo(4);
  }

  @Test
  void aValueWorkedOutWhileTheMemoForgotIsNotKept() {
    int during =
        memo.get(
            "open",
            () -> {
              memo.forget();
              return 42;
            });
    assertThat(during).isEqualTo(42);
    assertThat(count("open")).as("worked out again").isEqualTo(1);
  }

  @Test
  void pastItsCapacityTheMemoStartsAfresh() {
    count("a");
    count("b");
    count("c");
    count("d");
    assertThat(count("d")).isEqualTo(4);
    assertThat(count("a")).as("dropped when d came").isEqualTo(5);
  }

  @Test
  void aMemoKeepsForAPositiveTime() {
    assertThatThrownBy(() -> ShortLivedMemo.keeping(Duration.ZERO, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ShortLivedMemo.keeping(Duration.ofSeconds(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
