package io.hindsight.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The git CLI's side of {@link ChangeBenchmark}: a working clone of its own bare remote, where a
 * change is {@code checkout -b}, write, {@code add}, {@code commit}, {@code push}, and a merge is
 * {@code checkout}, {@code merge --no-ff}, {@code push}.
 */
final class ChangeCliRounds {

  private final Path work;
  private final Path remoteDir;
  private final String branch;
  private final List<String> paths;

  private ChangeCliRounds(Path work, Path remoteDir, String branch, List<String> paths) {
    this.work = work;
    this.remoteDir = remoteDir;
    this.branch = branch;
    this.paths = paths;
  }

  static ChangeCliRounds prepare(Path source, String branch, Path workDir, List<String> paths)
      throws IOException, InterruptedException {
    Path remote = workDir.resolve("cli-remote.git");
    Path work = workDir.resolve("cli-work");
    ChangeGitRounds.cloneBare(source, remote);
    BenchFiles.run(
        List.of(
            GitCliBaseline.GIT,
            "clone",
            "--quiet",
            "--branch",
            branch,
            remote.toAbsolutePath().toString(),
            work.toString()));
    git(work, "config", "user.name", "Bench Author");
    git(work, "config", "user.email", "author@example.org");
    return new ChangeCliRounds(work, remote, branch, paths);
  }

  void open(int round) throws IOException, InterruptedException {
    String path = ChangeGitRounds.path(paths, round);
    String name = ChangeGitRounds.branchName(round);
    git(work, "checkout", "--quiet", "-b", name, branch);
    Files.writeString(
        work.resolve(path),
        ChangeGitRounds.line(round),
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    git(work, "add", path);
    git(
        work,
        "commit",
        "--quiet",
        "-m",
        "Benchmark change " + round + "\n\nFree edit\nRunbook: " + path);
    git(work, "push", "--quiet", "origin", name);
  }

  void merge(int round) throws IOException, InterruptedException {
    String name = ChangeGitRounds.branchName(round);
    git(work, "checkout", "--quiet", branch);
    git(work, "merge", "--quiet", "--no-ff", "-m", "Merge change request #" + round, name);
    git(work, "push", "--quiet", "origin", branch);
  }

  void check(int rounds) throws IOException, InterruptedException {
    String branches =
        BenchFiles.run(
            List.of(
                GitCliBaseline.GIT,
                "--git-dir=" + remoteDir,
                "branch",
                "--list",
                "runbook-improvement/*"));
    if (branches.lines().count() != rounds) {
      throw new IOException("The CLI remote holds " + branches.lines().count() + " branches");
    }
  }

  private static void git(Path work, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(GitCliBaseline.GIT, "-C", work.toString()));
    command.addAll(List.of(args));
    BenchFiles.run(command);
  }
}
