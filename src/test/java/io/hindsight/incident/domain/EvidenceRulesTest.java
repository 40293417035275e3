package io.hindsight.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.TooLarge;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceRulesTest {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};

  @Test
  void acceptsAllowedTypesWhoseBytesMatch() {
    assertThat(EvidenceRules.check("text/plain; charset=utf-8", bytes("error at 14:02\n")))
        .isEqualTo(EvidenceType.TEXT_PLAIN);
    assertThat(EvidenceRules.check("image/png", PNG)).isEqualTo(EvidenceType.IMAGE_PNG);
    assertThat(EvidenceRules.check("application/pdf", bytes("%PDF-1.7 ...")))
        .isEqualTo(EvidenceType.APPLICATION_PDF);
    assertThat(EvidenceRules.check("application/gzip", new byte[] {0x1f, (byte) 0x8b, 8}))
        .isEqualTo(EvidenceType.APPLICATION_GZIP);
    assertThat(EvidenceRules.check("application/json", bytes("{\"a\":1}")))
        .isEqualTo(EvidenceType.APPLICATION_JSON);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/html", "application/octet-stream", "image/svg+xml", ""})
  void refusesOtherTypes(String type) {
    assertThatThrownBy(() -> EvidenceRules.check(type, bytes("x")))
        .isInstanceOf(FieldRefused.class)
        .extracting(e -> ((FieldRefused) e).field())
        .isEqualTo("contentType");
  }

  @Test
  void refusesContentThatIsNotWhatItClaims() {
    assertThatThrownBy(() -> EvidenceRules.check("image/png", bytes("<svg/>")))
        .hasMessageContaining("not image/png");
    assertThatThrownBy(() -> EvidenceRules.check("text/plain", PNG))
        .hasMessageContaining("not text/plain");
    assertThatThrownBy(() -> EvidenceRules.check("text/plain", new byte[] {'a', 0, 'b'}))
        .hasMessageContaining("not text/plain");
    assertThatThrownBy(() -> EvidenceRules.check("text/plain", new byte[0]))
        .hasMessageContaining("must not be empty");
  }

  @Test
  void refusesFilesOverTheLimit() {
    byte[] big = new byte[(int) EvidenceRules.MAX_BYTES + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    assertThatThrownBy(() -> EvidenceRules.check("text/plain", big)).isInstanceOf(TooLarge.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../etc/passwd",
        "logs/app.log",
        "C:\\x.log",
        "a\u0000b",
        "a\nb",
        "..",
        ".",
        " x",
        "a\"b"
      })
  void refusesFileNamesThatAreNotPlain(String name) {
    assertThatThrownBy(() -> new EvidenceFileName(name)).isInstanceOf(FieldRefused.class);
  }

  @Test
  void acceptsPlainFileNames() {
    assertThat(new EvidenceFileName("app 2026-03-10.log").value()).isEqualTo("app 2026-03-10.log");
  }

  @Test
  void sha256OfKnownContent() {
    assertThat(Sha256.of(bytes("abc")).hex())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void aFileNameSuggestsATypeForBrowsersThatSendOctetStream() {
    assertThat(EvidenceType.fromFileName("gateway.LOG")).contains(EvidenceType.TEXT_PLAIN);
    assertThat(EvidenceType.fromFileName("dump.tgz")).contains(EvidenceType.APPLICATION_GZIP);
    assertThat(EvidenceType.fromFileName("page.html")).isEmpty();
    assertThat(EvidenceType.fromFileName("noextension")).isEmpty();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
