package io.hindsight.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the benchmarks named in the first argument ({@code all}, or a comma-separated list of {@code
 * index}, {@code render}, {@code blame}, {@code room}, {@code coldstart}, {@code history}, {@code
 * notify}, {@code review}, {@code catalog}, {@code change}, {@code load}) and writes each one's
 * table to {@code target/benchmarks/NAME.md}.
 */
public final class Benchmarks {

  private Benchmarks() {}

  public static void main(String[] args) throws Exception {
    Path target = Path.of(System.getProperty("bench.target", "target"));
    List<String> selected = Arrays.asList((args.length == 0 ? "all" : args[0]).split(","));
    boolean all = selected.contains("all");
    Path out = target.resolve("benchmarks");
    if (all || selected.contains("index")) {
      report(IndexBenchmark.run(target), out.resolve("index.md"));
    }
    if (all || selected.contains("render")) {
      report(RenderBenchmark.run(target), out.resolve("render.md"));
    }
    if (all || selected.contains("blame")) {
      report(BlameBenchmark.run(target), out.resolve("blame.md"));
    }
    if (all || selected.contains("room")) {
      report(IncidentRoomBenchmark.run(target), out.resolve("room.md"));
    }
    if (all || selected.contains("coldstart")) {
      report(ColdStartBenchmark.run(target), out.resolve("coldstart.md"));
    }
    if (all || selected.contains("history")) {
      report(RunbookViewBenchmark.run(target), out.resolve("history.md"));
    }
    if (all || selected.contains("review")) {
      report(ReviewQueueBenchmark.run(target), out.resolve("review.md"));
    }
    if (all || selected.contains("catalog")) {
      report(CatalogWalkBenchmark.run(target), out.resolve("catalog.md"));
    }
    if (all || selected.contains("change")) {
      report(ChangeBenchmark.run(target), out.resolve("change.md"));
    }
    if (selected.contains("load")) {
      report(LoadBenchmark.run(target), out.resolve("load.md"));
    }
    if (all || selected.contains("notify")) {
      report(NotifyBenchmark.run(target), out.resolve("notify.md"));
    }
  }

  private static void report(ResultTable table, Path file) throws Exception {
    table.print();
    table.writeMarkdown(file);
    System.out.println("  written to " + file);
  }
}
