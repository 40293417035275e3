package io.hindsight.bench;

import io.hindsight.runbook.domain.RemoteUrl;
import io.hindsight.runbook.git.MergeOutcome;
import io.hindsight.runbook.git.RunbookGit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hindsight's side of {@link ChangeBenchmark}: the Git work of the change service on its bare
 * clone, in the order ChangeRequestService, ChangeGit, ChangeMerger and ChangeRemote do it, with a
 * file:// bare remote.
 */
final class ChangeGitRounds {

  private static final long MAX_BYTES = 512 * 1024;

  private final Path bare;
  private final Path remoteDir;
  private final RemoteUrl remote;
  private final String branch;
  private final List<String> paths;
  private final Map<Integer, String> heads = new HashMap<>();

  private ChangeGitRounds(Path bare, Path remoteDir, String branch, List<String> paths) {
    this.bare = bare;
    this.remoteDir = remoteDir;
    this.remote = RemoteUrl.of("file://" + remoteDir.toAbsolutePath());
    this.branch = branch;
    this.paths = paths;
  }

  /** Hindsight's bare clone of {@code source} and a bare remote for it, both fresh. */
  static ChangeGitRounds prepare(Path source, String branch, Path workDir, List<String> paths)
      throws IOException, InterruptedException {
    Path bare = workDir.resolve("hindsight.git");
    Path remote = workDir.resolve("hindsight-remote.git");
    cloneBare(source, bare);
    cloneBare(source, remote);
    return new ChangeGitRounds(bare, remote, branch, paths);
  }

  /** The Markdown files under a runbook folder ({@code runbooks/} or {@code content/runbooks/}). */
  static List<String> runbookPaths(Path bare, String branch)
      throws IOException, InterruptedException {
    String listing =
        BenchFiles.run(
            List.of(
                GitCliBaseline.GIT, "--git-dir=" + bare, "ls-tree", "-r", "--name-only", branch));
    return Arrays.stream(listing.split("\n"))
        .filter(p -> p.endsWith(".md"))
        .filter(p -> p.startsWith("runbooks/") || p.startsWith("content/runbooks/"))
        .sorted()
        .toList();
  }

  static String path(List<String> paths, int round) {
    return paths.get((int) ((round * 7919L) % paths.size()));
  }

  static String branchName(int round) {
    return "runbook-improvement/bench-change-" + round;
  }

  static String line(int round) {
    return "\n- Checked again in benchmark round " + round + ".\n";
  }

  /** Branch at the base, a commit of the edited runbook on it, the branch pushed. */
  void open(int round) throws IOException {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    String path = path(paths, round);
    String name = branchName(round);
    try (RunbookGit git = RunbookGit.open(bare)) {
      String base = git.resolve().branch(branch).call().orElseThrow();
      byte[] before = git.readFile().path(path).at(base).maxBytes(MAX_BYTES).call().orElseThrow();
      byte[] after = concat(before, line(round).getBytes(StandardCharsets.UTF_8));
      require(git.moveBranch().branch(name).from(Optional.empty()).to(base).call(), name);
      String commit =
          git.commit()
              .parent(base)
              .put(path, after)
              .author("Bench Author", "author@example.org", now)
              .committer("Hindsight", "hindsight@localhost", now)
              .message("Benchmark change " + round + "\n\nFree edit\nRunbook: " + path + "\n")
              .call();
      require(git.moveBranch().branch(name).from(Optional.of(base)).to(commit).call(), name);
      git.push().to(remote).ownBranch(name, Optional.empty()).call();
      heads.put(round, commit);
    }
  }

  /** A merge commit of the change into the base, the base moved, base and branch pushed. */
  void merge(int round) throws IOException {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    String head = heads.get(round);
    try (RunbookGit git = RunbookGit.open(bare)) {
      String tip = git.resolve().branch(branch).call().orElseThrow();
      MergeOutcome outcome =
          git.merge()
              .into(tip)
              .from(head)
              .rebase(false)
              .author("Bench Merger", "merger@example.org", now)
              .committer("Hindsight", "hindsight@localhost", now)
              .message("Merge change request #" + round + "\n\nBranch: " + branchName(round))
              .call();
      String merged = outcome.commit().orElseThrow(() -> new IOException("merge conflict"));
      require(git.moveBranch().branch(branch).from(Optional.of(tip)).to(merged).call(), branch);
      git.push().to(remote).branch(branch).ownBranch(branchName(round), Optional.of(head)).call();
    }
  }

  /** The remote holds every branch at its commit, and git fsck finds nothing wrong. */
  void check(int rounds) throws IOException, InterruptedException {
    for (int round = 0; round < rounds; round++) {
      String remoteHead =
          BenchFiles.run(
                  List.of(
                      GitCliBaseline.GIT,
                      "--git-dir=" + remoteDir,
                      "rev-parse",
                      "refs/heads/" + branchName(round)))
              .strip();
      if (!remoteHead.equals(heads.get(round))) {
        throw new IOException("The remote's " + branchName(round) + " is at " + remoteHead);
      }
    }
    BenchFiles.run(List.of(GitCliBaseline.GIT, "--git-dir=" + remoteDir, "fsck", "--strict"));
  }

  static void cloneBare(Path source, Path target) throws IOException, InterruptedException {
    BenchFiles.run(
        List.of(
            GitCliBaseline.GIT,
            "clone",
            "--quiet",
            "--bare",
            source.toAbsolutePath().toString(),
            target.toString()));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static void require(boolean moved, String name) throws IOException {
    if (!moved) {
      throw new IOException("The branch " + name + " moved meanwhile.");
    }
  }
}
