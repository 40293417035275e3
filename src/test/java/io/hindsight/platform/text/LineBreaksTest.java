package io.hindsight.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineBreaksTest {

  @Test
  void oneLineOfTextPasses() {
    assertThat(LineBreaks.problem("Checkout API returns 502\tfor EU users")).isEmpty();
    assertThat(LineBreaks.problem(null)).isEmpty();
  }

  @Test
  void everyKindOfLineBreakIsRefused() {
    for (String text :
        new String[] {
          "Checkout down\nINFO forged log line",
          "Checkout down\r",
          "Checkout\r\ndown",
          "Checkout\u0085down",
          "Checkout\u2028down",
          "Checkout\u2029down"
        }) {
      assertThat(LineBreaks.problem(text))
          .as(text)
          .contains("must be a single line (no line breaks)");
    }
  }
}
