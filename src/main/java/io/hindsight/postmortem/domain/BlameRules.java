package io.hindsight.postmortem.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** The blameless-check rules and the words that count as a person, read from a YAML rule file. */
public record BlameRules(List<String> people, List<BlameRule> rules, BlameLexicon lexicon) {

  public static final String STANDARD_RESOURCE = "/postmortem/blame-rules.yaml";

  static final String TEAM_MESSAGE = "Your team listed this phrase as one that points at a person.";
  static final String TEAM_SUGGESTION =
      "What in the system made this happen, whoever was there at the time?";

  private static final LoadSettings SETTINGS =
      LoadSettings.builder()
          .setLabel("blame rules")
          .setSchema(new CoreSchema())
          .setAllowDuplicateKeys(false)
          .build();

  public BlameRules(List<String> people, List<BlameRule> rules) {
    this(people, rules, BlameLexicon.empty());
  }

  public BlameRules {
    Objects.requireNonNull(lexicon, "lexicon");
    people = List.copyOf(people);
    rules = List.copyOf(rules);
    Set<BlameRuleId> ids = new HashSet<>();
    for (BlameRule rule : rules) {
      if (!ids.add(rule.id())) {
        throw new IllegalArgumentException("Blame rule " + rule.id() + " is defined twice.");
      }
    }
  }

  /** The rules shipped with Hindsight. */
  public static BlameRules standard() {
    try (InputStream in = BlameRules.class.getResourceAsStream(STANDARD_RESOURCE)) {
      return read(Objects.requireNonNull(in, STANDARD_RESOURCE + " is missing"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * These rules with a team's words added: each phrase a rule of its own, role words that count as
   * a person, and exceptions that keep a sentence from the sentence check.
   */
  public BlameRules withTeamWords(
      Collection<String> phrases, Collection<String> roles, Collection<String> exceptions) {
    List<BlameRule> all = new ArrayList<>(rules);
    Set<BlameRuleId> ids = new HashSet<>();
    rules.forEach(rule -> ids.add(rule.id()));
    for (String phrase : phrases) {
      BlameRuleId id = BlameRuleId.of("team-phrase-" + Integer.toHexString(phrase.hashCode()));
      if (ids.add(id)) {
        all.add(BlameRule.phrase(id, phrase, TEAM_MESSAGE, TEAM_SUGGESTION));
      }
    }
    return new BlameRules(people, all, lexicon.withTeamWords(roles, exceptions));
  }

  public static BlameRules read(InputStream yaml) {
    Object root = new Load(SETTINGS).loadFromInputStream(yaml);
    if (!(root instanceof Map<?, ?> file)) {
      throw invalid("the file must hold keys `people` and `rules`");
    }
    List<String> people = new ArrayList<>();
    for (Object person : list(file.get("people"), "people")) {
      people.add(text(person, "people"));
    }
    List<BlameRule> rules = new ArrayList<>();
    for (Object entry : list(file.get("rules"), "rules")) {
      rules.add(rule(entry));
    }
    Object sentences = file.get("sentences");
    if (sentences != null && !(sentences instanceof Map<?, ?>)) {
      throw invalid("sentences must hold the words of the sentence check");
    }
    BlameLexicon lexicon =
        sentences == null
            ? BlameLexicon.empty()
            : BlameLexicon.read((Map<?, ?>) sentences, BlameRules::invalid);
    return new BlameRules(people, rules, lexicon);
  }

  private static BlameRule rule(Object entry) {
    if (!(entry instanceof Map<?, ?> fields)) {
      throw invalid("each rule must have keys id, message, suggestion and phrase or regex");
    }
    BlameRuleId id = BlameRuleId.of(text(fields.get("id"), "id"));
    String context = "rule " + id + ": ";
    String message = text(fields.get("message"), context + "message");
    String suggestion = text(fields.get("suggestion"), context + "suggestion");
    Object phrase = fields.get("phrase");
    Object regex = fields.get("regex");
    if ((phrase == null) == (regex == null)) {
      throw invalid(context + "give exactly one of phrase and regex");
    }
    return phrase != null
        ? BlameRule.phrase(id, text(phrase, context + "phrase"), message, suggestion)
        : new BlameRule(id, text(regex, context + "regex"), message, suggestion);
  }

  private static List<?> list(Object value, String what) {
    if (!(value instanceof List<?> list)) {
      throw invalid(what + " must be a list");
    }
    return list;
  }

  private static String text(Object value, String what) {
    if (!(value instanceof String text) || text.isBlank()) {
      throw invalid(what + " must be a non-empty text");
    }
    return text.strip();
  }

  private static IllegalArgumentException invalid(String problem) {
    return new IllegalArgumentException("Invalid blame rules: " + problem + ".");
  }
}
