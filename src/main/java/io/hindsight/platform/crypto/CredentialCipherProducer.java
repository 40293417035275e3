package io.hindsight.platform.crypto;

import io.hindsight.platform.config.HindsightConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key that encrypts stored credentials: {@code HINDSIGHT_SECRET_KEY} (32 bytes, Base64) when
 * set, else {@code secrets/credentials.key} in the data directory, created owner-only at first use.
 */
@ApplicationScoped
public class CredentialCipherProducer {

  @Inject HindsightConfig config;

  @Inject
  @ConfigProperty(name = "hindsight.secret.key")
  Optional<String> configuredKey;

  @Produces
  @Singleton
  CredentialCipher cipher() {
    Optional<String> configured = configuredKey.filter(value -> !value.isBlank());
    if (configured.isPresent()) {
      try {
        return new CredentialCipher(Base64.getDecoder().decode(configured.get().strip()));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            "HINDSIGHT_SECRET_KEY must be " + CredentialCipher.KEY_BYTES + " bytes in Base64.");
      }
    }
    return new CredentialCipher(keyFile(config.dataDirectory().resolve("secrets")));
  }

  static byte[] keyFile(Path directory) {
    Path file = directory.resolve("credentials.key");
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(directory);
        write(file);
      }
      return Base64.getDecoder().decode(Files.readString(file).strip());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the credential key " + file, e);
    }
  }

  private static void write(Path file) throws IOException {
    String encoded = Base64.getEncoder().encodeToString(CredentialCipher.newKey());
    try {
      if (Files.getFileStore(file.getParent()).supportsFileAttributeView("posix")) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
      Files.writeString(file, encoded, StandardOpenOption.TRUNCATE_EXISTING);
    } catch (FileAlreadyExistsException anotherNodeWon) {
      // Created concurrently; read what is there.
    }
  }
}
