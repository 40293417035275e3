package io.hindsight.incident.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The content types evidence may have, each checked against the file's first bytes: images, PDF and
 * gzip by their signature, text types by being UTF-8 without control characters other than
 * whitespace.
 */
public enum EvidenceType {
  TEXT_PLAIN("text/plain", null),
  TEXT_CSV("text/csv", null),
  APPLICATION_JSON("application/json", null),
  IMAGE_PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
  IMAGE_JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}),
  APPLICATION_PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
  APPLICATION_GZIP("application/gzip", new byte[] {0x1f, (byte) 0x8b});

  private final String mediaType;
  private final byte[] signature;

  EvidenceType(String mediaType, byte[] signature) {
    this.mediaType = mediaType;
    this.signature = signature;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The type for a Content-Type header, parameters such as {@code charset} ignored. */
  public static Optional<EvidenceType> fromMediaType(String header) {
    if (header == null) {
      return Optional.empty();
    }
    int semicolon = header.indexOf(';');
    String bare = (semicolon < 0 ? header : header.substring(0, semicolon)).strip();
    for (EvidenceType type : values()) {
      if (type.mediaType.equals(bare.toLowerCase(Locale.ROOT))) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** The type a file name suggests, for browsers that send logs as {@code octet-stream}. */
  public static Optional<EvidenceType> fromFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    return switch (dot < 0 ? "" : lower.substring(dot + 1)) {
      case "txt", "log", "out" -> Optional.of(TEXT_PLAIN);
      case "csv" -> Optional.of(TEXT_CSV);
      case "json" -> Optional.of(APPLICATION_JSON);
      case "png" -> Optional.of(IMAGE_PNG);
      case "jpg", "jpeg" -> Optional.of(IMAGE_JPEG);
      case "pdf" -> Optional.of(APPLICATION_PDF);
      case "gz", "tgz" -> Optional.of(APPLICATION_GZIP);
      default -> Optional.empty();
    };
  }

  public boolean matches(byte[] content) {
    if (signature == null) {
      return isText(content);
    }
    if (content.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (content[i] != signature[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isText(byte[] content) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
      return text.chars()
          .noneMatch(
              c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f');
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
