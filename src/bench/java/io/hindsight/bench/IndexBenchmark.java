package io.hindsight.bench;

import io.hindsight.runbook.domain.RunbookPath;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Issue 3: the full index against {@code git log -1} per file (target at least 20 times faster),
 * and an incremental re-index after one new commit (target at most 50 ms).
 */
final class IndexBenchmark {

  static final String INCREMENTAL_BRANCH = "bench-incremental";
  private static final double TARGET_RATIO = 20;
  private static final long INCREMENTAL_TARGET_NANOS = 50_000_000L;
  private static final int INCREMENTAL_WARMUPS = 5;
  private static final int INCREMENTAL_RUNS = 11;

  /** git log per file takes about 5 minutes on all 2,000 generated files, so 1 in 5 by default. */
  private static final int DEFAULT_CLI_EVERY = 5;

  private IndexBenchmark() {}

  static ResultTable run(Path targetDir) throws Exception {
    ResultTable table = new ResultTable("Runbook index vs git CLI (issue 3)");
    Path repos = targetDir.resolve("bench-repos");
    Optional<Path> corpus = Corpus.bareClone(repos);
    if (corpus.isPresent()) {
      measure("prometheus-operator corpus", corpus.get(), Corpus.BRANCH, 1, 3, table);
    } else {
      table.note(Corpus.BUNDLE + " is absent: the corpus rows are skipped.");
    }
    Path generated = GeneratedRepository.ensure(repos.resolve("generated-2000x10000.git"));
    int every = Integer.getInteger("bench.cliEvery", DEFAULT_CLI_EVERY);
    measure("generated 2,000 runbooks / 10,000 commits", generated, "main", every, 1, table);
    return table;
  }

  /**
   * @param cliEvery the git CLI runs for 1 file in this many (every n-th path in order), and its
   *     time is scaled up to all files
   */
  private static void measure(
      String name, Path dir, String branch, int cliEvery, int baselineRuns, ResultTable table)
      throws Exception {
    System.out.println("  indexing " + name + " (" + dir + ")");
    RunbookIndex index = FullIndexer.index(dir, branch);
    List<RunbookPath> paths = index.entries().keySet().stream().sorted().toList();
    List<RunbookPath> sample =
        IntStream.range(0, paths.size())
            .filter(i -> i % cliEvery == 0)
            .mapToObj(paths::get)
            .toList();
    @SuppressWarnings("unchecked")
    Map<RunbookPath, String>[] cli = new Map[1];
    long sampled =
        Timing.medianNanos(
            0, baselineRuns, () -> cli[0] = GitCliBaseline.lastCommits(dir, branch, sample));
    long baseline = sampled * paths.size() / sample.size();
    long full = Timing.medianNanos(2, 5, () -> FullIndexer.index(dir, branch));
    long differing =
        sample.stream()
            .filter(p -> !cli[0].get(p).equals(index.entries().get(p).lastChange().commitId()))
            .count();
    table.note(
        String.format(
            "%s: %d Markdown files, %d with invalid front matter; git CLI run for %d of them"
                + " (median of %d run(s), scaled to all files), %d of its last-change commits"
                + " differ from the index's; index: median of 5 runs after 2 warm-ups.",
            name, paths.size(), index.unreadable(), sample.size(), baselineRuns, differing));
    double ratio = baseline / (double) full;
    table.add(
        new ResultTable.Row(
            "full index, " + name,
            (cliEvery == 1 ? "git CLI " : "git CLI ≈ ") + Timing.millis(baseline),
            Timing.millis(full),
            String.format("%.1f× faster", ratio),
            "≥ 20× faster",
            ratio >= TARGET_RATIO));
    incremental(name, dir, index, paths, full, table);
  }

  private static void incremental(
      String name,
      Path dir,
      RunbookIndex start,
      List<RunbookPath> paths,
      long fullNanos,
      ResultTable table)
      throws Exception {
    RunbookIndex[] current = {start};
    long[] times = new long[INCREMENTAL_RUNS];
    try (Repository repository =
            new FileRepositoryBuilder().setGitDir(dir.toFile()).setMustExist(true).build();
        ObjectInserter inserter = repository.newObjectInserter()) {
      CommitWriter writer = new CommitWriter(repository, inserter);
      ObjectId parent = ObjectId.fromString(start.commitId());
      writer.startFrom(parent);
      for (int i = 0; i < INCREMENTAL_WARMUPS + INCREMENTAL_RUNS; i++) {
        RunbookPath path = paths.get(i * 7 % paths.size());
        writer.put(path.value(), "---\ntitle: Edited " + i + "\n---\n\n# Edited " + i + "\n");
        PersonIdent author =
            new PersonIdent("Bench Editor", "bench@example.org", Instant.now(), ZoneOffset.UTC);
        parent = writer.commit(parent, author, "Edit " + path.value());
        writer.publish(INCREMENTAL_BRANCH, parent);
        long nanos =
            Timing.nanos(
                () -> current[0] = IncrementalIndexer.update(dir, current[0], INCREMENTAL_BRANCH));
        if (i >= INCREMENTAL_WARMUPS) {
          times[i - INCREMENTAL_WARMUPS] = nanos;
        }
      }
    }
    long median = Timing.median(times);
    boolean same =
        FullIndexer.index(dir, INCREMENTAL_BRANCH).entries().equals(current[0].entries());
    table.note(
        name
            + ": after "
            + (INCREMENTAL_WARMUPS + INCREMENTAL_RUNS)
            + " one-file commits the incremental index "
            + (same ? "equals" : "DIFFERS FROM")
            + " a full index of the same commit; median of "
            + INCREMENTAL_RUNS
            + " runs, repository opened in each.");
    table.add(
        new ResultTable.Row(
            "incremental re-index after 1 commit, " + name,
            "full index " + Timing.millis(fullNanos),
            Timing.millis(median),
            String.format("%.0f× less than full", fullNanos / (double) median),
            "≤ 50 ms",
            median <= INCREMENTAL_TARGET_NANOS && same));
  }
}
