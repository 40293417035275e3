package io.hindsight.platform.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MarkdownBytesTest {

  @Test
  void everyLineEndingIsText() {
    byte[] classicMac = "# Queue\rDrain it first.\r".getBytes(StandardCharsets.UTF_8);
    byte[] windows = "# Queue\r\nDrain it first.\r\n".getBytes(StandardCharsets.UTF_8);

    assertThat(MarkdownBytes.isBinary(classicMac)).isFalse();
    assertThat(MarkdownBytes.isBinary(windows)).isFalse();
    assertThat(MarkdownBytes.decode(classicMac)).contains("# Queue\rDrain it first.\r");
  }

  @Test
  void aNulByteAnywhereIsBinary() {
    byte[] late =
        ("# Late NUL\n" + "text\n".repeat(2000) + "\u0000").getBytes(StandardCharsets.UTF_8);

    assertThat(MarkdownBytes.isBinary(late)).isTrue();
    assertThat(MarkdownBytes.isBinary(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0})).isTrue();
  }

  @Test
  void onlyValidUtf8Decodes() {
    assertThat(
            MarkdownBytes.decode("Caf\u00e9 \u2192 \uD83D\uDCDF".getBytes(StandardCharsets.UTF_8)))
        .contains("Caf\u00e9 \u2192 \uD83D\uDCDF");
    assertThat(MarkdownBytes.decode("Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
    assertThat(MarkdownBytes.decode(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80})).isEmpty();
  }
}
