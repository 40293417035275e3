package io.hindsight.bench;

import io.hindsight.postmortem.domain.BlameFinder;
import io.hindsight.postmortem.domain.BlamelessLinter;
import io.hindsight.postmortem.domain.EnglishText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Issue 17: the blame check of a 300-word post-mortem section as the live check runs it (sentence
 * check and phrase rules, with the users' names), against the phrase-rule engine it replaces, on
 * the same texts in the same run; p50 and p95 of single checks (target: p95 at most 20 ms).
 */
final class BlameBenchmark {

  private static final double TARGET_P95_MILLIS = 20;
  private static final int WARMUPS = 300;
  private static final int RUNS = 1500;

  /** Sums warning counts so that the JIT cannot drop the work. */
  private static long sink;

  private static final List<String> SENTENCES =
      List.of(
          "At 13:58 the checkout service started returning 503 errors for about a third of requests.",
          "The on-call engineer was paged at 14:02 and joined the incident channel two minutes later.",
          "Priya declared a P1 and asked the database team to look at the connection pool.",
          "The pool had been lowered from 200 to 50 connections in a config change the day before.",
          "John failed to check the config before the rollout, so the change reached every region.",
          "The deploy pipeline has no step that compares pool sizes with the traffic forecast.",
          "Grafana showed the error rate rising, but the alert threshold was set at 25 percent.",
          "Lee ran the backfill script, which the tooling pointed at production by default.",
          "The script held row locks on the orders table for several minutes at a time.",
          "If Alex had followed the runbook, this would not have happened.",
          "The runbook still described the old cluster layout and did not mention the replica.",
          "Mike restarted the pods at 14:20, which cleared the stuck connections for a while.",
          "Traffic recovered at 14:41 after the pool size was raised back to 200.",
          "Sarah's mistake took down the database for the reporting jobs as well.",
          "Customers saw failed payments and some were charged twice because retries were not idempotent.",
          "We have since added a canary stage for configuration changes and an alert on pool saturation.",
          "The team agreed to review the retry policy of the payment client next sprint.",
          "Nobody was paged for the reporting jobs because they have no owner in the rota.",
          "The release manager approved the change after two reviews, as the process requires.",
          "The timeline below lists every action we took and what we knew at that moment.",
          "Support opened a status page entry at 14:12 and updated it every fifteen minutes.",
          "Mike ignored the saturation warning on the dashboard because it had been noisy for weeks.");

  private static final List<String> NAMES =
      List.of(
          "responder",
          "reviewer",
          "viewer",
          "admin",
          "Priya",
          "Priya Raman",
          "John",
          "John Baker",
          "Lee",
          "Lee Chen",
          "Mike",
          "Mike Osei",
          "Sarah",
          "Sarah Novak",
          "Alex",
          "Alex Moreau");

  private BlameBenchmark() {}

  static ResultTable run(Path targetDir) throws Exception {
    ResultTable table = new ResultTable("Blame check of a 300-word section (issue 17)");
    long loadStart = System.nanoTime();
    EnglishText english = EnglishText.shared();
    long loadNanos = System.nanoTime() - loadStart;
    BlameFinder check = BlameFinder.standard();
    BlamelessLinter phrases = BlamelessLinter.standard();
    List<String> sections = sections();
    int words = sections.get(0).split("\\s+").length;
    table.note(
        "inputs: "
            + sections.size()
            + " sections of about "
            + words
            + " words (22 sentences of a realistic draft, 4 of them blaming, in turned orders), "
            + NAMES.size()
            + " user names; "
            + RUNS
            + " single checks of each engine after "
            + WARMUPS
            + " warm-ups, the two engines alternating; language models loaded once in "
            + Timing.millis(loadNanos)
            + " (OpenNLP sentence, token and part-of-speech models).");
    long[] ours = new long[RUNS];
    long[] before = new long[RUNS];
    for (int round = 0; round < WARMUPS + RUNS; round++) {
      String text = sections.get(round % sections.size());
      long a = Timing.nanos(() -> sink += check.find(text, NAMES).size());
      long b = Timing.nanos(() -> sink += phrases.lint(text, NAMES).size());
      if (round >= WARMUPS) {
        ours[round - WARMUPS] = a;
        before[round - WARMUPS] = b;
      }
    }
    long oursP95 = percentile(ours, 95);
    long beforeP95 = percentile(before, 95);
    table.add(
        new ResultTable.Row(
            "p95 of one check, sentence check + phrase rules vs phrase rules only",
            "phrase rules " + Timing.millis(beforeP95),
            Timing.millis(oursP95),
            String.format("%.1f×", oursP95 / (double) Math.max(beforeP95, 1)),
            "≤ 20 ms",
            oursP95 <= TARGET_P95_MILLIS * 1_000_000));
    table.note(
        "p50: sentence check + phrase rules "
            + Timing.millis(percentile(ours, 50))
            + ", phrase rules only "
            + Timing.millis(percentile(before, 50))
            + "; warnings found on one section: "
            + check.find(sections.get(0), NAMES).size()
            + " (phrase rules only: "
            + phrases.lint(sections.get(0), NAMES).size()
            + "); sink "
            + sink
            + ".");
    return table;
  }

  private static List<String> sections() {
    List<String> sections = new ArrayList<>();
    for (int shift = 0; shift < 5; shift++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < SENTENCES.size(); i++) {
        String sentence = SENTENCES.get((i + shift * 3) % SENTENCES.size());
        text.append(sentence).append(i % 5 == 4 ? "\n\n" : " ");
      }
      sections.add(text.toString().strip());
    }
    return sections;
  }

  private static long percentile(long[] values, int percent) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
  }
}
