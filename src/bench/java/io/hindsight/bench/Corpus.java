package io.hindsight.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The public prometheus-operator runbooks, when the shared corpora sit beside the checkout. */
final class Corpus {

  static final Path BUNDLE = Path.of("../shared/corpora/prometheus-operator-runbooks.bundle");
  static final String FOLDER = "content/runbooks/";
  static final String BRANCH = "main";

  private Corpus() {}

  /** The bundle cloned bare under {@code reposDir}, or empty when the bundle is absent. */
  static Optional<Path> bareClone(Path reposDir) throws IOException, InterruptedException {
    if (!Files.isRegularFile(BUNDLE)) {
      return Optional.empty();
    }
    Path bare = reposDir.resolve("prometheus-operator-runbooks.git");
    if (!Files.isDirectory(bare)) {
      Files.createDirectories(reposDir);
      BenchFiles.run(
          List.of(
              GitCliBaseline.GIT,
              "clone",
              "--quiet",
              "--bare",
              "--branch",
              BRANCH,
              BUNDLE.toAbsolutePath().toString(),
              bare.toString()));
    }
    return Optional.of(bare);
  }
}
