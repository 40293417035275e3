package io.hindsight.postmortem.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RecentFindingsTest {

  private static final List<String> NAMES = List.of("Alice", "Bob Jones");
  private static final BlameWarning WARNING =
      new BlameWarning(
          BlameRuleId.of("human-error"), 0, 11, "human error", "message", "suggestion");

  private final RecentFindings recent = new RecentFindings();
  private final AtomicInteger checks = new AtomicInteger();

  private Supplier<List<BlameWarning>> check() {
    return () -> {
      checks.incrementAndGet();
      return List.of(WARNING);
    };
  }

  @Test
  void aTextCheckedAgainWithTheSameNamesIsNotCheckedTwice() {
    assertThat(recent.of("human error again", NAMES, check())).containsExactly(WARNING);
    assertThat(recent.of("human error again", NAMES, check())).containsExactly(WARNING);
    assertThat(recent.of("human error again", new ArrayList<>(NAMES), check()))
        .containsExactly(WARNING);

    assertThat(checks).hasValue(1);
  }

  @Test
  void otherNamesCheckTheTextAgain() {
    recent.of("Carol broke it", NAMES, check());
    recent.of("Carol broke it", List.of("Carol"), check());
    recent.of("Carol broke it", List.of("Carol"), check());

    assertThat(checks).hasValue(2);
  }

  @Test
  void aLongTextIsCheckedEachTime() {
    String longText = "x".repeat(RecentFindings.MAX_TEXT + 1);
    recent.of(longText, NAMES, check());
    recent.of(longText, NAMES, check());

    assertThat(checks).hasValue(2);
    assertThat(recent.size()).isZero();
  }

  @Test
  void keptTextsStayWithinTheirBudgetAndStartAfresh() {
    int texts = (int) (RecentFindings.MAX_CHARS / RecentFindings.MAX_TEXT) + 10;
    for (int i = 0; i < texts; i++) {
      String text = String.format("%0" + RecentFindings.MAX_TEXT + "d", i);
      recent.of(text, NAMES, check());
    }

    assertThat(checks).hasValue(texts);
    assertThat((long) recent.size() * RecentFindings.MAX_TEXT)
        .isLessThanOrEqualTo(RecentFindings.MAX_CHARS);
  }
}
