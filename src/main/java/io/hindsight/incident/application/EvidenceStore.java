package io.hindsight.incident.application;

import io.hindsight.incident.domain.Sha256;
import io.hindsight.platform.config.HindsightConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Evidence files under {@code <data>/evidence} (or {@code hindsight.evidence.dir}), named by their
 * SHA-256 ({@code ab/abcdef…}). A file is written once, to a temporary name first, and never
 * changed; the same content is stored once.
 */
@ApplicationScoped
public class EvidenceStore {

  @Inject HindsightConfig config;

  public Sha256 store(byte[] content) {
    Sha256 hash = Sha256.of(content);
    Path target = pathOf(hash);
    if (Files.exists(target)) {
      return hash;
    }
    try {
      Files.createDirectories(target.getParent());
      Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
      try {
        Files.write(temporary, content);
        try {
          Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, target);
        }
        target.toFile().setReadOnly();
      } catch (FileAlreadyExistsException sameContentStoredMeanwhile) {
        // Same hash, same bytes: the stored file is the one we meant to write.
      } finally {
        Files.deleteIfExists(temporary);
      }
      return hash;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store evidence " + hash, e);
    }
  }

  public Optional<InputStream> open(Sha256 hash) {
    Path path = pathOf(hash);
    try {
      return Files.isRegularFile(path) ? Optional.of(Files.newInputStream(path)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read evidence " + hash, e);
    }
  }

  private Path pathOf(Sha256 hash) {
    return config.evidenceDirectory().resolve(hash.hex().substring(0, 2)).resolve(hash.hex());
  }
}
