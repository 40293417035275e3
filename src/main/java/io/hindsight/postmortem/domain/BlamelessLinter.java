package io.hindsight.postmortem.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Finds phrases that assign blame to people. Rules come from {@link BlameRules}; where several
 * warnings overlap, the one starting first (then the longest, then the earlier rule) is kept.
 * Thread-safe.
 */
public final class BlamelessLinter {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final int MAX_NAME_LENGTH = 100;

  private final BlameRules rules;
  private final String peopleRegex;
  private final List<CompiledRule> withoutNames;
  private final AtomicReference<NamedRules> lastNamed = new AtomicReference<>();

  public BlamelessLinter(BlameRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.peopleRegex = alternatives(rules.people().stream().map(BlamelessLinter::words));
    this.withoutNames =
        rules.rules().stream().filter(rule -> !rule.needsNames()).map(this::compile).toList();
  }

  public static BlamelessLinter standard() {
    return new BlamelessLinter(BlameRules.standard());
  }

  public List<BlameWarning> lint(String text) {
    return lint(text, List.of());
  }

  /**
   * @param personNames names of people who may appear in the text (first names, full names,
   *     usernames); matched with their case, blank or overlong entries ignored. A caller checking
   *     many texts passes the same unchanging collection to each, which is then read once.
   */
  public List<BlameWarning> lint(String text, Collection<String> personNames) {
    Objects.requireNonNull(text, "text");
    NamedRules named = named(personNames);
    List<CompiledRule> compiled = named.mentionedIn(text) ? named.rules() : withoutNames;
    List<BlameWarning> found = new ArrayList<>();
    for (CompiledRule rule : compiled) {
      Matcher matcher = rule.pattern().matcher(text);
      while (matcher.find()) {
        if (matcher.end() > matcher.start()) {
          found.add(warning(rule.rule(), matcher));
        }
      }
    }
    return withoutOverlaps(found);
  }

  /**
   * The rules compiled with these names; compiled again only when the names differ from the last
   * call's, since every section of every post-mortem is checked with the same names.
   */
  private NamedRules named(Collection<String> personNames) {
    NamedRules last = lastNamed.get();
    if (last != null && last.given() == personNames) {
      return last;
    }
    List<String> names =
        personNames.stream()
            .map(String::strip)
            .filter(name -> !name.isEmpty() && name.length() <= MAX_NAME_LENGTH)
            .distinct()
            .toList();
    NamedRules named =
        last != null && last.names().equals(names)
            ? last.givenAs(personNames)
            : new NamedRules(
                personNames, names, names.isEmpty() ? withoutNames : compileAll(names));
    lastNamed.set(named);
    return named;
  }

  private List<CompiledRule> compileAll(List<String> names) {
    String nameRegex = "(?-i:" + alternatives(names.stream().map(BlamelessLinter::words)) + ")";
    String personRegex = alternatives(Stream.of(peopleRegex, nameRegex));
    return rules.rules().stream().map(rule -> compile(rule, personRegex, nameRegex)).toList();
  }

  private CompiledRule compile(BlameRule rule) {
    return compile(rule, peopleRegex, "(?!)");
  }

  private static CompiledRule compile(BlameRule rule, String person, String name) {
    String regex =
        rule.regex()
            .replace(BlameRule.PERSON, "\\b" + person + "\\b")
            .replace(BlameRule.NAME, "\\b" + name + "\\b");
    try {
      return new CompiledRule(rule, Pattern.compile(regex, FLAGS));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "Blame rule " + rule.id() + " has an invalid regex: " + e.getDescription(), e);
    }
  }

  private static BlameWarning warning(BlameRule rule, Matcher matcher) {
    return new BlameWarning(
        rule.id(),
        matcher.start(),
        matcher.end(),
        matcher.group(),
        rule.message(),
        rule.suggestion());
  }

  private List<BlameWarning> withoutOverlaps(List<BlameWarning> found) {
    List<BlameRuleId> order = rules.rules().stream().map(BlameRule::id).toList();
    List<BlameWarning> sorted = new ArrayList<>(found);
    sorted.sort(
        Comparator.comparingInt(BlameWarning::start)
            .thenComparing(Comparator.comparingInt(BlameWarning::end).reversed())
            .thenComparingInt(warning -> order.indexOf(warning.ruleId())));
    List<BlameWarning> kept = new ArrayList<>();
    int coveredUntil = 0;
    for (BlameWarning warning : sorted) {
      if (warning.start() >= coveredUntil) {
        kept.add(warning);
        coveredUntil = warning.end();
      }
    }
    return List.copyOf(kept);
  }

  /** Longest first, so that "the on-call engineer" wins over "the on-call". */
  private static String alternatives(Stream<String> regexes) {
    return regexes
        .sorted(Comparator.comparingInt(String::length).reversed())
        .reduce((a, b) -> a + "|" + b)
        .map(joined -> "(?:" + joined + ")")
        .orElse("(?!)");
  }

  private static String words(String phrase) {
    return Stream.of(phrase.strip().split("\\s+"))
        .map(Pattern::quote)
        .reduce((a, b) -> a + "\\s+" + b)
        .orElseThrow();
  }

  private record CompiledRule(BlameRule rule, Pattern pattern) {}

  /**
   * Rules compiled with names, and the names' first words: a text in which none of them occurs
   * cannot match a name, so the rules without names give the same warnings, without trying every
   * name at every position of the text.
   */
  private record NamedRules(
      Collection<String> given,
      List<String> names,
      List<String> firstWords,
      List<CompiledRule> rules) {

    NamedRules(Collection<String> given, List<String> names, List<CompiledRule> rules) {
      this(
          given,
          names,
          names.stream().map(name -> name.split("\\s+")[0]).distinct().toList(),
          rules);
    }

    NamedRules givenAs(Collection<String> other) {
      return new NamedRules(other, names, firstWords, rules);
    }

    boolean mentionedIn(String text) {
      for (String word : firstWords) {
        if (text.contains(word)) {
          return true;
        }
      }
      return false;
    }
  }
}
