package io.hindsight.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Issue 12, targets: opening a change (branch + commit + push to a local bare remote) and merging
 * it (merge commit + push of the base branch) with Hindsight's in-memory Git commands, called
 * directly as the change service calls them ({@link ChangeGitRounds}), against the git CLI doing
 * the same on an existing clone. The two alternate round by round, each with its own copy of the
 * repository and its own bare remote; target: median at most 0.5× the CLI's.
 */
final class ChangeBenchmark {

  private static final double TARGET = 0.5;
  private static final int WARMUPS = 3;
  private static final int RUNS = 21;

  private ChangeBenchmark() {}

  static ResultTable run(Path targetDir) throws Exception {
    ResultTable table = new ResultTable("Opening and merging a change (issue 12)");
    Path repos = targetDir.resolve("bench-repos");
    Path generated = GeneratedRepository.ensure(repos.resolve("generated-2000x10000.git"));
    measure(
        table,
        "generated 2,000 runbooks / 10,000 commits",
        generated,
        GeneratedRepository.BRANCH,
        targetDir.resolve("bench-change/generated"));
    Optional<Path> corpus = Corpus.bareClone(repos);
    if (corpus.isPresent()) {
      measure(
          table,
          "prometheus-operator runbooks",
          corpus.get(),
          Corpus.BRANCH,
          targetDir.resolve("bench-change/corpus"));
    } else {
      table.note("no corpus bundle at " + Corpus.BUNDLE + ": the corpus rows are missing.");
    }
    table.note(
        "Hindsight side: RunbookGit's resolve, readFile, commit (object inserter, in-core index,"
            + " commit builder), moveBranch (compare-and-set) and push (JGit, file:// remote),"
            + " called in-process as ChangeGit/ChangeRemote do; merge: RunbookGit.merge (merge"
            + " commit) + moveBranch + push of the base branch and the change branch.");
    table.note(
        "CLI side: git checkout -b, write, git add, git commit, git push on a working clone;"
            + " merge: git checkout main, git merge --no-ff, git push. "
            + WARMUPS
            + " warm-up and "
            + RUNS
            + " measured rounds, the two sides alternating (the first side swaps each round).");
    return table;
  }

  private static void measure(
      ResultTable table, String label, Path source, String branch, Path workDir) throws Exception {
    BenchFiles.deleteRecursively(workDir);
    List<String> paths = ChangeGitRounds.runbookPaths(source, branch);
    ChangeGitRounds hindsight = ChangeGitRounds.prepare(source, branch, workDir, paths);
    ChangeCliRounds cli = ChangeCliRounds.prepare(source, branch, workDir, paths);
    int rounds = WARMUPS + RUNS;
    long[][] open = new long[2][RUNS];
    long[][] merge = new long[2][RUNS];
    for (int round = 0; round < rounds; round++) {
      boolean hindsightFirst = round % 2 == 0;
      long[] openTimes = new long[2];
      long[] mergeTimes = new long[2];
      final int r = round;
      if (hindsightFirst) {
        openTimes[0] = Timing.nanos(() -> hindsight.open(r));
        openTimes[1] = Timing.nanos(() -> cli.open(r));
        mergeTimes[0] = Timing.nanos(() -> hindsight.merge(r));
        mergeTimes[1] = Timing.nanos(() -> cli.merge(r));
      } else {
        openTimes[1] = Timing.nanos(() -> cli.open(r));
        openTimes[0] = Timing.nanos(() -> hindsight.open(r));
        mergeTimes[1] = Timing.nanos(() -> cli.merge(r));
        mergeTimes[0] = Timing.nanos(() -> hindsight.merge(r));
      }
      if (round >= WARMUPS) {
        for (int side = 0; side < 2; side++) {
          open[side][round - WARMUPS] = openTimes[side];
          merge[side][round - WARMUPS] = mergeTimes[side];
        }
      }
    }
    hindsight.check(rounds);
    cli.check(rounds);
    row(table, "open a change, " + label, open);
    row(table, "merge an approved change, " + label, merge);
    table.note(
        label
            + ": "
            + paths.size()
            + " runbooks; both remotes hold "
            + rounds
            + " change branches and "
            + rounds
            + " merges afterwards, git fsck clean on the Hindsight remote.");
  }

  private static void row(ResultTable table, String measure, long[][] times) {
    long hindsight = Timing.median(times[0]);
    long cli = Timing.median(times[1]);
    double ratio = (double) hindsight / cli;
    table.add(
        new ResultTable.Row(
            measure + " (median)",
            "git CLI " + Timing.millis(cli),
            Timing.millis(hindsight),
            String.format("%.2f×", ratio),
            "≤ " + TARGET + "×",
            ratio <= TARGET));
  }
}
