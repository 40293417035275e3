package io.hindsight.runbook.application;

import io.hindsight.platform.refusal.NotFound;
import io.hindsight.runbook.domain.ImageType;
import io.hindsight.runbook.domain.RepositoryFilePath;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.git.RunbookGit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Optional;

/** Images stored in runbook repositories, read at the head of the branch the catalog shows. */
@ApplicationScoped
public class RepositoryImages {

  static final long MAX_BYTES = 10L * 1024 * 1024;

  @Inject RunbookRepositories repositories;

  /** An image's type and bytes. */
  public record Image(ImageType type, byte[] bytes) {}

  /**
   * The image at {@code path}, or empty when there is no such file, it is outside the runbook
   * folder, it is not an image of an allowed type, or it is larger than 10 MB.
   *
   * @throws NotFound if the repository is unknown or not synced yet
   */
  public Optional<Image> read(RepositoryKey key, RepositoryFilePath path) {
    Optional<ImageType> type = ImageType.of(path.fileName());
    if (type.isEmpty()) {
      return Optional.empty();
    }
    RepositoryLocation location =
        repositories
            .find(key)
            .orElseThrow(() -> new NotFound("No runbook repository named " + key + "."));
    if (!location.folder().contains(path.value())) {
      return Optional.empty();
    }
    try (RunbookGit git = RunbookGit.open(location.bareDirectory())) {
      Optional<String> head = git.resolve().branch(location.branch()).call();
      if (head.isEmpty()) {
        return Optional.empty();
      }
      return git.readFile()
          .path(path.value())
          .at(head.get())
          .maxBytes(MAX_BYTES)
          .call()
          .map(bytes -> new Image(type.get(), bytes));
    } catch (IOException e) {
      throw repositories.unreadable(key, e);
    }
  }
}
