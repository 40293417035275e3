package io.hindsight.postmortem.domain;

import io.hindsight.platform.text.ControlCharacters;
import io.hindsight.security.domain.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A sentence that an author or reviewer marked "not blame" for one post-mortem: the blame check
 * shows its warnings as dismissed, in this and every later revision.
 */
@Entity
@Table(name = "postmortem_not_blame")
public class NotBlameMark {

  public static final int MAX_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "postmortem_id", nullable = false)
  private Long postmortemId;

  @Column(name = "sentence", nullable = false, length = MAX_LENGTH)
  private String sentence;

  @Column(name = "normal", nullable = false, length = MAX_LENGTH)
  private String normal;

  @Column(name = "marked_by", nullable = false, length = Username.MAX_LENGTH)
  private String markedBy;

  @Column(name = "marked_at", nullable = false)
  private Instant markedAt;

  protected NotBlameMark() {}

  public NotBlameMark(Long postmortemId, String sentence, Username by, Instant at) {
    this.postmortemId = Objects.requireNonNull(postmortemId, "postmortemId");
    this.sentence = checked(sentence);
    this.normal = normal(this.sentence);
    this.markedBy = by.value();
    this.markedAt = Objects.requireNonNull(at, "at");
  }

  /**
   * Why a text cannot be a marked sentence or a team word, or empty when it can: not blank, at most
   * {@link #MAX_LENGTH} characters, no control characters.
   */
  public static java.util.Optional<String> problem(String text) {
    if (text == null || text.isBlank()) {
      return java.util.Optional.of("must not be empty");
    }
    if (text.strip().length() > MAX_LENGTH) {
      return java.util.Optional.of("must be at most " + MAX_LENGTH + " characters");
    }
    return ControlCharacters.problem(text);
  }

  private static String checked(String text) {
    problem(text)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException("A sentence marked not blame " + p + ".");
            });
    return text.strip();
  }

  /** The form sentences are compared in: lowercase, single spaces, plain apostrophes. */
  public static String normal(String text) {
    return BlameLexicon.normal(text);
  }

  public Long id() {
    return id;
  }

  public Long postmortemId() {
    return postmortemId;
  }

  public String sentence() {
    return sentence;
  }

  public String normal() {
    return normal;
  }

  public Username markedBy() {
    return Username.of(markedBy);
  }

  public Instant markedAt() {
    return markedAt;
  }
}
