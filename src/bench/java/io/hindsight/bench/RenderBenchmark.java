package io.hindsight.bench;

import io.hindsight.platform.markdown.MarkdownRenderer;
import io.hindsight.platform.markdown.RenderedMarkdown;
import io.hindsight.runbook.application.RenderedRunbookCache;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Issue 3: our parse + render + sanitize against bare commonmark-java parse + render of the same
 * bodies (target at least 50 % of its throughput), and a cache hit against a full render (no
 * parse).
 */
final class RenderBenchmark {

  private static final double TARGET_SHARE = 0.5;
  private static final double CACHE_TARGET_RATIO = 100;
  private static final int WARMUPS = 20;
  private static final int RUNS = 15;

  /** Sums output lengths so that the JIT cannot drop the work. */
  private static long sink;

  private RenderBenchmark() {}

  static ResultTable run(Path targetDir) throws Exception {
    ResultTable table = new ResultTable("Render + sanitize throughput (issue 3)");
    List<RenderInputs.Input> inputs =
        RenderInputs.load(Corpus.bareClone(targetDir.resolve("bench-repos")));
    long bytes = inputs.stream().mapToLong(input -> RenderInputs.bytes(input.body())).sum();
    table.note(
        "inputs: "
            + RenderInputs.describe(inputs)
            + (inputs.get(0).key().startsWith(RenderInputs.SAMPLES.toString())
                ? " (the sample runbooks: the corpus is absent)"
                : " (prometheus-operator " + Corpus.FOLDER + ")")
            + "; median of "
            + RUNS
            + " passes over all inputs (bare, ours and reference in turn) after "
            + WARMUPS
            + " warm-up passes.");

    MarkdownRenderer ours = MarkdownRenderer.builder().build();
    Parser parser = Parser.builder().build();
    HtmlRenderer renderer = HtmlRenderer.builder().build();
    List<Extension> extensions =
        List.of(
            TablesExtension.create(),
            HeadingAnchorExtension.create(),
            TaskListItemsExtension.create(),
            AutolinkExtension.create());
    Parser extendedParser = Parser.builder().extensions(extensions).build();
    HtmlRenderer extendedRenderer = HtmlRenderer.builder().extensions(extensions).build();
    long[] medians =
        Timing.interleavedMedians(
            WARMUPS,
            RUNS,
            () -> inputs.forEach(i -> sink += renderer.render(parser.parse(i.body())).length()),
            () -> inputs.forEach(i -> sink += ours.render(i.body()).html().length()),
            () ->
                inputs.forEach(
                    i -> sink += extendedRenderer.render(extendedParser.parse(i.body())).length()));
    long bare = medians[0];
    long full = medians[1];
    table.note(
        "for reference, commonmark with our four extensions and no sanitizer: "
            + throughput(bytes, medians[2])
            + String.format(" (%.0f %% of bare)", bare * 100.0 / medians[2]));
    double share = bare / (double) full;
    table.add(
        new ResultTable.Row(
            "MarkdownRenderer.render vs bare commonmark parse+render",
            "bare " + throughput(bytes, bare),
            throughput(bytes, full),
            String.format("%.0f %%", share * 100),
            "≥ 50 %",
            share >= TARGET_SHARE));
    cached(ours, inputs, full, table);
    return table;
  }

  private static void cached(
      MarkdownRenderer ours, List<RenderInputs.Input> inputs, long fullNanos, ResultTable table)
      throws Exception {
    RenderedRunbookCache cache = new RenderedRunbookCache();
    AtomicInteger parses = new AtomicInteger();
    Timing.Task pass =
        () -> {
          for (RenderInputs.Input input : inputs) {
            RenderedMarkdown html =
                cache.render(
                    input.key(),
                    () -> {
                      parses.incrementAndGet();
                      return ours.render(input.body());
                    });
            sink += html.html().length();
          }
        };
    pass.run();
    int parsesToFill = parses.get();
    long hits = Timing.medianNanos(WARMUPS, RUNS, pass);
    int parsesOnHits = parses.get() - parsesToFill;
    double ratio = fullNanos / (double) Math.max(hits, 1);
    table.note(
        "cache: "
            + parsesToFill
            + " renders to fill it, "
            + parsesOnHits
            + " renders during "
            + (WARMUPS + RUNS) * inputs.size()
            + " cached lookups; sink "
            + sink % 10);
    table.add(
        new ResultTable.Row(
            "RenderedRunbookCache hit vs full render (" + inputs.size() + " runbooks)",
            "full render " + Timing.millis(fullNanos),
            "cached " + String.format("%.3f ms", hits / 1e6),
            String.format("%.0f× faster", ratio),
            "≫ 100×, 0 parses",
            ratio >= CACHE_TARGET_RATIO && parsesOnHits == 0));
  }

  private static String throughput(long bytes, long nanos) {
    return String.format("%.2f MB/s", bytes / (nanos / 1e9) / 1e6);
  }
}
