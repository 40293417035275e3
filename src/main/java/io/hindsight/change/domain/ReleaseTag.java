package io.hindsight.change.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Objects;

/**
 * The annotated tag a significant merge gets: {@code runbooks-YYYY.MM.DD}, then {@code .2}, {@code
 * .3} for later ones on the same day.
 */
public record ReleaseTag(String name) {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy.MM.dd");

  public ReleaseTag {
    Objects.requireNonNull(name, "name");
    if (!name.matches("runbooks-\\d{4}\\.\\d{2}\\.\\d{2}(\\.\\d+)?")) {
      throw new IllegalArgumentException("Not a runbook release tag: \"" + name + "\".");
    }
  }

  /** The first name of {@code day} not among {@code existing} tag names. */
  public static ReleaseTag next(LocalDate day, Collection<String> existing) {
    String first = "runbooks-" + DAY.format(day);
    if (!existing.contains(first)) {
      return new ReleaseTag(first);
    }
    int n = 2;
    while (existing.contains(first + "." + n)) {
      n++;
    }
    return new ReleaseTag(first + "." + n);
  }

  @Override
  public String toString() {
    return name;
  }
}
