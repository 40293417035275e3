package io.hindsight.runbook.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The image types served from runbook repositories, by file extension. SVG is left out: it can
 * carry script.
 */
public enum ImageType {
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg", "jpeg"),
  GIF("image/gif", "gif"),
  WEBP("image/webp", "webp"),
  AVIF("image/avif", "avif"),
  BMP("image/bmp", "bmp"),
  ICO("image/x-icon", "ico");

  private final String mediaType;
  private final String[] extensions;

  ImageType(String mediaType, String... extensions) {
    this.mediaType = mediaType;
    this.extensions = extensions;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The type of a file by its name's extension, case-insensitive; empty for anything else. */
  public static Optional<ImageType> of(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (ImageType type : values()) {
      for (String known : type.extensions) {
        if (known.equals(extension)) {
          return Optional.of(type);
        }
      }
    }
    return Optional.empty();
  }
}
