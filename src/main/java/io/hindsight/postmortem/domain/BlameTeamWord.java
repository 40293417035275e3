package io.hindsight.postmortem.domain;

import io.hindsight.security.domain.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A word an admin added to the blame check, used with the shipped rule file: a phrase that warns, a
 * role word that counts as a person, or an exception (a sentence containing it is not checked).
 */
@Entity
@Table(name = "blame_team_word")
public class BlameTeamWord {

  /** What a team word does in the check. */
  public enum Kind {
    PHRASE,
    ROLE,
    EXCEPTION;

    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Kind> parse(String value) {
      return Arrays.stream(values()).filter(k -> k.value().equals(value)).findFirst();
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private Kind kind;

  @Column(name = "word", nullable = false, length = NotBlameMark.MAX_LENGTH)
  private String word;

  @Column(name = "added_by", nullable = false, length = Username.MAX_LENGTH)
  private String addedBy;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected BlameTeamWord() {}

  /** A team word in its normal form (lowercase, single spaces); see {@link #problem}. */
  public BlameTeamWord(Kind kind, String word, Username by, Instant at) {
    this.kind = Objects.requireNonNull(kind, "kind");
    problem(kind, word)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException("A team word " + p + ".");
            });
    this.word = NotBlameMark.normal(word);
    this.addedBy = by.value();
    this.addedAt = Objects.requireNonNull(at, "at");
  }

  /** Why a text cannot be a team word of this kind, or empty when it can. */
  public static Optional<String> problem(Kind kind, String word) {
    Optional<String> text = NotBlameMark.problem(word);
    if (text.isPresent()) {
      return text;
    }
    String normal = NotBlameMark.normal(word);
    if (kind == Kind.ROLE && !normal.matches("[\\p{L}][\\p{L}\\-]*")) {
      return Optional.of(
          "of kind role must be one word of letters (a role's head word, as \"sre\")");
    }
    if (kind != Kind.EXCEPTION && normal.length() < 2) {
      return Optional.of("must have at least 2 characters");
    }
    return Optional.empty();
  }

  public Long id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  public String word() {
    return word;
  }

  public Username addedBy() {
    return Username.of(addedBy);
  }

  public Instant addedAt() {
    return addedAt;
  }
}
