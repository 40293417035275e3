package io.hindsight.runbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EncodingDamageTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "AWS Console â†’ CloudWatch|â†’|→|12",
        "Donâ€™t improvise|â€™|’|3",
        "Tested in CafÃ©|Ã©|é|13",
        "Ã©Ã¨ together|Ã©Ã¨|éè|0",
        "a â€“ b|â€“|–|2",
        "costs â‚¬5|â‚¬|€|6",
        "ðŸš€ launch|ðŸš€|\uD83D\uDE80|0"
      })
  void utf8ReadAsWindows1252IsFoundAndRepaired(
      String line, String damaged, String repaired, int column) {
    assertThat(EncodingDamage.in(line))
        .containsExactly(new EncodingDamage(damaged, repaired, column));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "AWS Console → CloudWatch",
        "Don’t improvise, “quote” it",
        "Café, naïve, £5, Ã alone, Ãx, Â",
        "plain ASCII | table | 2025-11-16",
        "日本語 and emoji 🚀"
      })
  void correctTextIsLeftAlone(String line) {
    assertThat(EncodingDamage.in(line)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"”", "“", "Ő", "→", "\u00A0", "ß", "Ž"})
  void everyDamageThatRoundTripsIsRepairedWhicheverCharsetDamagedIt(String original) {
    for (Charset wrong :
        new Charset[] {Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1}) {
      String damaged = readAs(original, wrong);

      assertThat(EncodingDamage.in("x " + damaged + " y"))
          .as("%s read as %s", original, wrong)
          .extracting(EncodingDamage::repaired)
          .containsExactly(original);
    }
  }

  /** Windows-1252 leaves five bytes undefined; a file damaged by it keeps them as C1 controls. */
  private static String readAs(String original, Charset wrong) {
    StringBuilder read = new StringBuilder();
    for (byte b : original.getBytes(StandardCharsets.UTF_8)) {
      String one = new String(new byte[] {b}, wrong);
      read.append(one.equals("\uFFFD") ? (char) (b & 0xFF) : one.charAt(0));
    }
    return read.toString();
  }
}
