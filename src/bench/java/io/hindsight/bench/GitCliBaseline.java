package io.hindsight.bench;

import io.hindsight.runbook.domain.RunbookPath;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The baseline: {@code git log -1} run once per file with the git CLI. */
final class GitCliBaseline {

  static final String GIT = "/usr/bin/git";

  private GitCliBaseline() {}

  /** The newest commit id for each path, as the git CLI reports it. */
  static Map<RunbookPath, String> lastCommits(Path bareDir, String branch, List<RunbookPath> paths)
      throws IOException, InterruptedException {
    Map<RunbookPath, String> commits = new HashMap<>();
    for (RunbookPath path : paths) {
      String line =
          BenchFiles.run(
              List.of(
                  GIT,
                  "--git-dir=" + bareDir,
                  "log",
                  "-1",
                  "--format=%H%x09%an%x09%cI",
                  branch,
                  "--",
                  path.value()));
      commits.put(path, line.split("\t", 2)[0].strip());
    }
    return commits;
  }
}
