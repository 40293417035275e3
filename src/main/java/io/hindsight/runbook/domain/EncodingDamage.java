package io.hindsight.runbook.domain;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Text that is UTF-8 read as Windows-1252 or Latin-1 ({@code â†’} for {@code →}, {@code Ã©} for
 * {@code é}), found by turning the suspect characters back into the bytes they were read from and
 * decoding those bytes as UTF-8. Only a run that decodes cleanly, and gives back exactly the
 * damaged text when it is read wrongly again, counts as damage; a lone {@code é} or {@code £} is
 * left alone.
 *
 * @param damaged the text as it is in the file
 * @param repaired the text it was before it was damaged
 * @param column where {@code damaged} starts in its line, counting from 0
 */
public record EncodingDamage(String damaged, String repaired, int column) {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  public EncodingDamage {
    Objects.requireNonNull(damaged, "damaged");
    Objects.requireNonNull(repaired, "repaired");
  }

  /** The damaged runs of one line, left to right. */
  public static List<EncodingDamage> in(String line) {
    List<EncodingDamage> found = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      int lead = byteOf(line.charAt(i));
      int length = sequenceLength(lead);
      if (length > 1 && i + length <= line.length()) {
        String candidate = line.substring(i, i + length);
        Optional<String> repaired = repair(candidate);
        if (repaired.isPresent()) {
          found.add(new EncodingDamage(candidate, repaired.get(), i));
          i += length;
          continue;
        }
      }
      i++;
    }
    return merged(found);
  }

  /**
   * The byte {@code c} was read from, when it is one Windows-1252 or Latin-1 gives for a byte of
   * 0x80 or more; else -1.
   */
  private static int byteOf(char c) {
    if (c < 0x80) {
      return -1;
    }
    CharsetEncoder encoder =
        WINDOWS_1252
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      ByteBuffer bytes = encoder.encode(CharBuffer.wrap(new char[] {c}));
      if (bytes.remaining() == 1) {
        return bytes.get() & 0xFF;
      }
    } catch (CharacterCodingException unmappable) {
      // Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined; Latin-1 reads them as C1
      // controls, which a damaged file then holds.
    }
    return c <= 0xFF ? c : -1;
  }

  /** How many bytes a UTF-8 sequence starting with {@code lead} has; 0 when it starts none. */
  private static int sequenceLength(int lead) {
    if (lead >= 0xC2 && lead <= 0xDF) {
      return 2;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
      return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
      return 4;
    }
    return 0;
  }

  private static Optional<String> repair(String candidate) {
    byte[] bytes = new byte[candidate.length()];
    for (int k = 0; k < candidate.length(); k++) {
      int b = byteOf(candidate.charAt(k));
      if (b < 0) {
        return Optional.empty();
      }
      bytes[k] = (byte) b;
    }
    try {
      String decoded =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      byte[] utf8 = decoded.getBytes(StandardCharsets.UTF_8);
      return readAsWindows1252(utf8).equals(candidate)
              || new String(utf8, StandardCharsets.ISO_8859_1).equals(candidate)
          ? Optional.of(decoded)
          : Optional.empty();
    } catch (CharacterCodingException notUtf8) {
      return Optional.empty();
    }
  }

  /** {@code bytes} read as Windows-1252, as Latin-1 where Windows-1252 has no character. */
  private static String readAsWindows1252(byte[] bytes) {
    StringBuilder read = new StringBuilder();
    for (byte b : bytes) {
      String one = new String(new byte[] {b}, WINDOWS_1252);
      read.append(one.equals("\uFFFD") ? (char) (b & 0xFF) : one.charAt(0));
    }
    return read.toString();
  }

  /** Adjacent runs ({@code Ã©Ã¨}) as one finding. */
  private static List<EncodingDamage> merged(List<EncodingDamage> runs) {
    List<EncodingDamage> merged = new ArrayList<>();
    for (EncodingDamage run : runs) {
      if (!merged.isEmpty()) {
        EncodingDamage last = merged.get(merged.size() - 1);
        if (last.column() + last.damaged().length() == run.column()) {
          merged.set(
              merged.size() - 1,
              new EncodingDamage(
                  last.damaged() + run.damaged(), last.repaired() + run.repaired(), last.column()));
          continue;
        }
      }
      merged.add(run);
    }
    return List.copyOf(merged);
  }
}
