package io.hindsight.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

  @Test
  void tabAndLineBreaksAreTextOtherControlCharactersAreNot() {
    assertThat(ControlCharacters.problem("Failover\tdone\r\nnext")).isEmpty();
    assertThat(ControlCharacters.problem("ops\u0000team"))
        .contains(
            "must not contain control characters (found U+0000); only tab and line breaks are allowed");
    assertThat(ControlCharacters.problem("bell\u0007")).get().asString().contains("U+0007");
    assertThat(ControlCharacters.problem("del\u007F")).get().asString().contains("U+007F");
    assertThat(ControlCharacters.problem(null)).isEmpty();
  }

  @Test
  void textOutsideAsciiIsText() {
    assertThat(ControlCharacters.problem("AWS Console â†’ CloudWatch, 障害対応, ✓")).isEmpty();
  }

  @Test
  void stripKeepsEverythingButRefusedCharacters() {
    assertThat(ControlCharacters.strip("ops\u0000team\u001b[0m\n")).isEqualTo("opsteam[0m\n");
    String clean = "already clean";
    assertThat(ControlCharacters.strip(clean)).isSameAs(clean);
  }
}
