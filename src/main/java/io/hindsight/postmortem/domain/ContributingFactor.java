package io.hindsight.postmortem.domain;

import io.hindsight.platform.refusal.FieldRefused;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One contributing factor of a post-mortem: what made the incident worse or harder to handle. */
@Embeddable
public class ContributingFactor {

  public static final int MAX_LENGTH = 1000;

  @Column(name = "factor_id", nullable = false, length = 12)
  private String id;

  @Column(name = "description", nullable = false, length = MAX_LENGTH)
  private String description;

  protected ContributingFactor() {}

  public ContributingFactor(FactorId id, String description) {
    String text = description == null ? "" : description.strip();
    if (text.isEmpty()) {
      throw FieldRefused.field("factors", "A contributing factor needs a text.");
    }
    if (text.length() > MAX_LENGTH) {
      throw FieldRefused.field(
          "factors", "A contributing factor has at most " + MAX_LENGTH + " characters.");
    }
    this.id = id.value();
    this.description = text;
  }

  public FactorId id() {
    return new FactorId(id);
  }

  public String description() {
    return description;
  }
}
