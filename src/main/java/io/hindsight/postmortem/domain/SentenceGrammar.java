package io.hindsight.postmortem.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The small words of English the sentence check reads with (forms of "be", words that may stand
 * between a subject and its verb, words that start a clause, modals…), from {@code
 * postmortem/sentence-grammar.yaml}. Unlike the rule file, these are not team vocabulary: they are
 * read once, when the sentence check is first used.
 */
record SentenceGrammar(
    Set<String> be,
    Set<String> subjectSkip,
    Set<String> clauseWords,
    List<String> notNameTags,
    Set<String> functionWords,
    List<String> commonEndings,
    List<String> nameSEndings,
    Set<String> particles,
    Set<String> relatives,
    Set<String> judgingWords,
    Set<String> judgingAdjectives,
    Set<String> onSubjects,
    Set<String> onSubjectsWithBe,
    Map<String, String> irregularPast,
    Set<String> coordinators,
    Set<String> modalsShould,
    Set<String> modalsCould,
    List<String> carePhrases,
    Set<String> cueWords) {

  static final String RESOURCE = "/postmortem/sentence-grammar.yaml";

  SentenceGrammar {
    irregularPast = Map.copyOf(irregularPast);
  }

  /** The grammar shipped with Hindsight, read once. */
  static SentenceGrammar standard() {
    return Holder.STANDARD;
  }

  static SentenceGrammar read(InputStream yaml) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel("sentence grammar")
            .setSchema(new CoreSchema())
            .setAllowDuplicateKeys(false)
            .build();
    if (!(new Load(settings).loadFromInputStream(yaml) instanceof Map<?, ?> file)) {
      throw new IllegalArgumentException("Invalid sentence grammar: the file must hold lists.");
    }
    Map<String, String> irregular = new LinkedHashMap<>();
    if (!(file.get("irregular-past") instanceof Map<?, ?> pairs)) {
      throw new IllegalArgumentException("Invalid sentence grammar: irregular-past is missing.");
    }
    pairs.forEach((past, base) -> irregular.put(String.valueOf(past), String.valueOf(base)));
    return new SentenceGrammar(
        set(file, "be"),
        set(file, "subject-skip"),
        set(file, "clause-words"),
        list(file, "not-name-tags"),
        set(file, "function-words"),
        list(file, "common-endings"),
        list(file, "name-s-endings"),
        set(file, "particles"),
        set(file, "relatives"),
        set(file, "judging-words"),
        set(file, "judging-adjectives"),
        set(file, "on-subjects"),
        set(file, "on-subjects-with-be"),
        irregular,
        set(file, "coordinators"),
        set(file, "modals-should"),
        set(file, "modals-could"),
        list(file, "care-phrases"),
        set(file, "cue-words"));
  }

  private static Set<String> set(Map<?, ?> file, String key) {
    return Set.copyOf(list(file, key));
  }

  private static List<String> list(Map<?, ?> file, String key) {
    if (!(file.get(key) instanceof List<?> words) || words.isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid sentence grammar: " + key + " must be a non-empty list.");
    }
    return words.stream().map(String::valueOf).collect(Collectors.toUnmodifiableList());
  }

  private static final class Holder {
    private static final SentenceGrammar STANDARD = load();

    private static SentenceGrammar load() {
      try (InputStream in = SentenceGrammar.class.getResourceAsStream(RESOURCE)) {
        return read(Objects.requireNonNull(in, RESOURCE + " is missing"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
