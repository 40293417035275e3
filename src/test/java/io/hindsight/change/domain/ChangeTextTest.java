package io.hindsight.change.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.TooLarge;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeTextTest {

  @Test
  void storesUnixLineBreaksAndAFinalNewline() {
    assertThat(ChangeText.of("# Restore\r\n\r\nAWS Console → CloudWatch").text())
        .isEqualTo("# Restore\n\nAWS Console → CloudWatch\n");
  }

  @Test
  void refusesEmptyBinaryBrokenAndOversizedText() {
    assertThatThrownBy(() -> ChangeText.of(" \n"))
        .isInstanceOf(FieldRefused.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> ChangeText.of("PK\u0003\u0004 zip"))
        .isInstanceOf(FieldRefused.class)
        .hasMessageContaining("binary");
    assertThatThrownBy(() -> ChangeText.of("broken \uD800 surrogate"))
        .isInstanceOf(FieldRefused.class)
        .hasMessageContaining("Unicode");
    assertThatThrownBy(() -> ChangeText.of("x".repeat(ChangeText.MAX_BYTES + 1)))
        .isInstanceOf(TooLarge.class);
  }

  @Test
  void knowsWhenASaveChangesNothing() {
    ChangeText text = ChangeText.of("# Restore\n");
    assertThat(text.sameAs(Optional.of("# Restore\n".getBytes(StandardCharsets.UTF_8)))).isTrue();
    assertThat(text.sameAs(Optional.of("# Other\n".getBytes(StandardCharsets.UTF_8)))).isFalse();
    assertThat(text.sameAs(Optional.empty())).isFalse();
  }

  @Test
  void decodesOnlyValidUtf8() {
    assertThat(ChangeText.decode(new byte[] {(byte) 0xC3, (byte) 0x28})).isEmpty();
    assertThat(ChangeText.decode("é".getBytes(StandardCharsets.UTF_8))).contains("é");
  }
}
