package io.hindsight.runbook.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A section every runbook should have, found by a heading that contains its name or one of its
 * synonyms as whole words, whatever the case and punctuation.
 */
public record RequiredSection(String name, List<String> synonyms) {

  public RequiredSection {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("A required section has a name.");
    }
    synonyms = List.copyOf(synonyms);
  }

  public static RequiredSection of(String name, String... synonyms) {
    return new RequiredSection(name, List.of(synonyms));
  }

  public boolean matches(String headingText) {
    String heading = " " + words(headingText) + " ";
    return heading.contains(" " + words(name) + " ")
        || synonyms.stream().anyMatch(synonym -> heading.contains(" " + words(synonym) + " "));
  }

  private static String words(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
