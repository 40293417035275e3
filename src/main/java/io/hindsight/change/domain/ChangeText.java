package io.hindsight.change.domain;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.TooLarge;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The new text of a runbook as saved from the editor: UTF-8 Markdown, no NUL or other binary
 * control characters, at most {@link #MAX_BYTES}; line breaks are stored as {@code \n}.
 */
public final class ChangeText {

  /** The most bytes a runbook saved from the editor may have. */
  public static final int MAX_BYTES = 512 * 1024;

  private final byte[] bytes;

  private ChangeText(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * @throws FieldRefused naming {@code content} when it is missing, blank or not text
   * @throws TooLarge when it has more than {@link #MAX_BYTES}
   */
  public static ChangeText of(String content) {
    if (content == null || content.isBlank()) {
      throw FieldRefused.field("content", "The runbook text is empty.");
    }
    String normal = content.replace("\r\n", "\n").replace('\r', '\n');
    for (int i = 0; i < normal.length(); i++) {
      char c = normal.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f) {
        throw FieldRefused.field(
            "content",
            "The runbook text holds a control character (U+"
                + String.format("%04X", (int) c)
                + "): binary content is refused.");
      }
      if (Character.isSurrogate(c)
          && !(Character.isHighSurrogate(c)
              && i + 1 < normal.length()
              && Character.isLowSurrogate(normal.charAt(++i)))) {
        throw FieldRefused.field("content", "The runbook text is not valid Unicode.");
      }
    }
    if (!normal.endsWith("\n")) {
      normal = normal + "\n";
    }
    byte[] encoded = normal.getBytes(StandardCharsets.UTF_8);
    if (encoded.length > MAX_BYTES) {
      throw new TooLarge(
          "The runbook text has "
              + encoded.length
              + " bytes; at most "
              + MAX_BYTES
              + " are saved.");
    }
    return new ChangeText(encoded);
  }

  /** The text of stored bytes, or empty when they are not valid UTF-8. */
  public static Optional<String> decode(byte[] stored) {
    try {
      CharBuffer chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(stored));
      return Optional.of(chars.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  public String text() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Whether saving this would change nothing: the same bytes as stored. */
  public boolean sameAs(Optional<byte[]> stored) {
    return stored.isPresent() && Arrays.equals(bytes, stored.get());
  }
}
