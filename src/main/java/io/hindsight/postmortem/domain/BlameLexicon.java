package io.hindsight.postmortem.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The words the sentence check looks for, from the {@code sentences} part of the rule file: who
 * counts as a person, which verbs and nouns make a failure or a fault, and which phrases are
 * exceptions. Words are lowercase and matched as whole words.
 */
public record BlameLexicon(
    Map<String, String> constructions,
    Set<String> pronouns,
    Set<String> possessivePronouns,
    Set<String> roles,
    Set<String> determiners,
    Set<String> systems,
    List<FailureVerb> failureVerbs,
    Set<String> negations,
    Set<String> diligenceVerbs,
    Set<String> without,
    Set<String> faultNouns,
    Set<String> preventionVerbs,
    Set<String> unfitVerbs,
    Set<String> judgements,
    Set<String> personJudgements,
    List<String> exceptions,
    Set<String> replaces) {

  public static final String PERSON_FAILURE = "person-failure";
  public static final String PASSIVE_FAILURE = "passive-failure";
  public static final String POSSESSIVE_FAULT = "possessive-fault";
  public static final String COUNTERFACTUAL = "counterfactual";
  public static final String CHARACTER_JUDGEMENT = "character-judgement";
  static final List<String> CONSTRUCTIONS =
      List.of(
          PERSON_FAILURE, PASSIVE_FAILURE, POSSESSIVE_FAULT, COUNTERFACTUAL, CHARACTER_JUDGEMENT);

  public BlameLexicon {
    constructions = Map.copyOf(constructions);
    for (String construction : CONSTRUCTIONS) {
      if (!constructions.containsKey(construction)) {
        throw new IllegalArgumentException(
            "Invalid blame rules: sentences.constructions needs a message for "
                + construction
                + ".");
      }
    }
    pronouns = Set.copyOf(pronouns);
    possessivePronouns = Set.copyOf(possessivePronouns);
    roles = Set.copyOf(roles);
    determiners = Set.copyOf(determiners);
    systems = Set.copyOf(systems);
    failureVerbs = List.copyOf(failureVerbs);
    negations = Set.copyOf(negations);
    diligenceVerbs = Set.copyOf(diligenceVerbs);
    without = Set.copyOf(without);
    faultNouns = Set.copyOf(faultNouns);
    preventionVerbs = Set.copyOf(preventionVerbs);
    unfitVerbs = Set.copyOf(unfitVerbs);
    judgements = Set.copyOf(judgements);
    personJudgements = Set.copyOf(personJudgements);
    exceptions = List.copyOf(exceptions);
    replaces = Set.copyOf(replaces);
  }

  /** A lexicon with no words: the sentence check finds nothing. */
  public static BlameLexicon empty() {
    Map<String, String> messages = new LinkedHashMap<>();
    CONSTRUCTIONS.forEach(c -> messages.put(c, c));
    return new BlameLexicon(
        messages, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), List.of(), Set.of(), Set.of(),
        Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), List.of(), Set.of());
  }

  /** This lexicon with more exception phrases (for example sentences a reviewer marked). */
  public BlameLexicon withExceptions(List<String> more) {
    return withTeamWords(List.of(), more);
  }

  /** This lexicon with the team's role words and exception phrases added. */
  public BlameLexicon withTeamWords(Collection<String> moreRoles, Collection<String> more) {
    List<String> all = new ArrayList<>(exceptions);
    more.stream().map(BlameLexicon::normal).filter(e -> !e.isEmpty()).forEach(all::add);
    Set<String> allRoles = new java.util.HashSet<>(roles);
    moreRoles.stream().map(BlameLexicon::normal).filter(r -> !r.isEmpty()).forEach(allRoles::add);
    return new BlameLexicon(
        constructions,
        pronouns,
        possessivePronouns,
        allRoles,
        determiners,
        systems,
        failureVerbs,
        negations,
        diligenceVerbs,
        without,
        faultNouns,
        preventionVerbs,
        unfitVerbs,
        judgements,
        personJudgements,
        all,
        replaces);
  }

  /** Lowercase with single spaces and plain apostrophes, as exceptions are compared. */
  static String normal(String text) {
    return text.replace('\u2019', '\'').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  static BlameLexicon read(Map<?, ?> section, Function<String, IllegalArgumentException> invalid) {
    Map<String, String> constructions = new LinkedHashMap<>();
    if (!(section.get("constructions") instanceof Map<?, ?> messages)) {
      throw invalid.apply("sentences.constructions must map each construction to a message");
    }
    messages.forEach((k, v) -> constructions.put(String.valueOf(k), text(v, "message", invalid)));
    List<FailureVerb> verbs = new ArrayList<>();
    for (Object entry : list(section, "failure-verbs", invalid)) {
      if (!(entry instanceof Map<?, ?> verb)) {
        throw invalid.apply("each of sentences.failure-verbs needs forms, outcome and question");
      }
      verbs.add(
          new FailureVerb(
              list(verb, "forms", invalid).stream()
                  .map(f -> normal(text(f, "form", invalid)))
                  .toList(),
              Boolean.TRUE.equals(verb.get("then-verb")),
              Boolean.TRUE.equals(verb.get("weak")),
              verb.get("needs") == null
                  ? Set.of()
                  : list(verb, "needs", invalid).stream()
                      .map(w -> normal(text(w, "needs", invalid)))
                      .collect(Collectors.toUnmodifiableSet()),
              verb.get("unless") == null
                  ? Set.of()
                  : list(verb, "unless", invalid).stream()
                      .map(w -> normal(text(w, "unless", invalid)))
                      .collect(Collectors.toUnmodifiableSet()),
              text(verb.get("outcome"), "outcome", invalid),
              text(verb.get("question"), "question", invalid)));
    }
    return new BlameLexicon(
        constructions,
        words(section, "pronouns", invalid),
        words(section, "possessive-pronouns", invalid),
        words(section, "roles", invalid),
        words(section, "determiners", invalid),
        words(section, "systems", invalid),
        verbs,
        words(section, "negations", invalid),
        words(section, "diligence-verbs", invalid),
        words(section, "without", invalid),
        words(section, "fault-nouns", invalid),
        words(section, "prevention-verbs", invalid),
        words(section, "unfit-verbs", invalid),
        words(section, "judgements", invalid),
        words(section, "person-judgements", invalid),
        List.copyOf(words(section, "exceptions", invalid)),
        words(section, "replaces", invalid));
  }

  private static Set<String> words(
      Map<?, ?> section, String key, Function<String, IllegalArgumentException> invalid) {
    return list(section, key, invalid).stream()
        .map(w -> normal(text(w, key, invalid)))
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  private static List<?> list(
      Map<?, ?> section, String key, Function<String, IllegalArgumentException> invalid) {
    Object value = section.get(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw invalid.apply("sentences." + key + " must be a list");
    }
    return list;
  }

  private static String text(
      Object value, String what, Function<String, IllegalArgumentException> invalid) {
    if (value == null || String.valueOf(value).isBlank()) {
      throw invalid.apply("sentences: every " + what + " must be a non-empty text");
    }
    return String.valueOf(value).strip();
  }

  /**
   * Verbs that make a failure with a person as subject: their forms (one or more lowercase words),
   * whether the next verb is what did not happen, whether one of the words it needs must be in its
   * clause, words in its clause that make it no failure ({@code unless}), and the outcome and
   * question that rewrite the sentence.
   */
  public record FailureVerb(
      List<String> forms,
      boolean thenVerb,
      boolean weak,
      Set<String> needs,
      Set<String> unless,
      String outcome,
      String question) {
    public FailureVerb {
      forms = List.copyOf(forms);
      needs = Set.copyOf(needs);
      unless = Set.copyOf(unless);
    }
  }
}
