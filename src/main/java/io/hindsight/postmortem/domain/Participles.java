package io.hindsight.postmortem.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** English past participles, for rewriting "failed to check the config" as "was not checked". */
final class Participles {

  private static final Map<String, String> IRREGULAR =
      Map.ofEntries(
          Map.entry("be", "been"),
          Map.entry("begin", "begun"),
          Map.entry("break", "broken"),
          Map.entry("bring", "brought"),
          Map.entry("build", "built"),
          Map.entry("buy", "bought"),
          Map.entry("catch", "caught"),
          Map.entry("choose", "chosen"),
          Map.entry("cut", "cut"),
          Map.entry("do", "done"),
          Map.entry("draw", "drawn"),
          Map.entry("drive", "driven"),
          Map.entry("find", "found"),
          Map.entry("forget", "forgotten"),
          Map.entry("get", "done"),
          Map.entry("give", "given"),
          Map.entry("go", "gone"),
          Map.entry("hear", "heard"),
          Map.entry("hold", "held"),
          Map.entry("keep", "kept"),
          Map.entry("know", "known"),
          Map.entry("lead", "led"),
          Map.entry("leave", "left"),
          Map.entry("let", "let"),
          Map.entry("make", "made"),
          Map.entry("mean", "meant"),
          Map.entry("pay", "paid"),
          Map.entry("put", "put"),
          Map.entry("read", "read"),
          Map.entry("rerun", "rerun"),
          Map.entry("reset", "reset"),
          Map.entry("rewrite", "rewritten"),
          Map.entry("run", "run"),
          Map.entry("say", "said"),
          Map.entry("see", "seen"),
          Map.entry("send", "sent"),
          Map.entry("set", "set"),
          Map.entry("shut", "shut"),
          Map.entry("spin", "spun"),
          Map.entry("split", "split"),
          Map.entry("take", "taken"),
          Map.entry("teach", "taught"),
          Map.entry("tell", "told"),
          Map.entry("think", "thought"),
          Map.entry("understand", "understood"),
          Map.entry("upset", "upset"),
          Map.entry("write", "written"));

  private static final Set<String> DOUBLED =
      Set.of("stop", "drop", "ship", "plan", "commit", "skip", "map", "tag", "flag", "log", "scan");

  private Participles() {}

  private static final Map<String, String> PAST =
      Map.ofEntries(
          Map.entry("ran", "run"),
          Map.entry("overwrote", "overwritten"),
          Map.entry("broke", "broken"),
          Map.entry("forgot", "forgotten"),
          Map.entry("took", "taken"),
          Map.entry("wrote", "written"),
          Map.entry("drove", "driven"),
          Map.entry("gave", "given"),
          Map.entry("shut", "shut"));

  /** The participle of a verb in the simple past ("ran" is "run", "deleted" stays). */
  static String ofPast(String past) {
    String lower = past.toLowerCase(Locale.ROOT);
    return PAST.getOrDefault(lower, lower);
  }

  static String of(String verb) {
    String base = verb.toLowerCase(Locale.ROOT);
    if (IRREGULAR.containsKey(base)) {
      return IRREGULAR.get(base);
    }
    if (base.endsWith("ed") && base.length() > 4) {
      return base;
    }
    if (DOUBLED.contains(base)) {
      return base + base.charAt(base.length() - 1) + "ed";
    }
    if (base.endsWith("e")) {
      return base + "d";
    }
    if (base.length() > 2
        && base.endsWith("y")
        && "aeiou".indexOf(base.charAt(base.length() - 2)) < 0) {
      return base.substring(0, base.length() - 1) + "ied";
    }
    return base + "ed";
  }
}
