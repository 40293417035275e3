package io.hindsight.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The one secret that signs infrastructure change webhooks, sealed; set and replaced by admins. */
@Entity
@Table(name = "change_webhook_secret")
public class ChangeWebhookSecret {

  /** There is one secret, in the row with this id. */
  public static final int THE_ONE = 1;

  @Id
  @Column(name = "id")
  private Integer id;

  @Column(name = "secret_sealed", nullable = false, length = 400)
  private String sealed;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, length = 64)
  private String changedBy;

  protected ChangeWebhookSecret() {}

  public ChangeWebhookSecret(String sealed, String changedBy, Instant changedAt) {
    this.id = THE_ONE;
    replace(sealed, changedBy, changedAt);
  }

  public void replace(String sealed, String changedBy, Instant changedAt) {
    this.sealed = sealed;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  public String sealed() {
    return sealed;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public String changedBy() {
    return changedBy;
  }
}
