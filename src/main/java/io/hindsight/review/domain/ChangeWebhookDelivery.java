package io.hindsight.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A signed change delivery accepted, remembered while its timestamp is fresh (replays refused). */
@Entity
@Table(name = "change_webhook_delivery")
public class ChangeWebhookDelivery {

  @Id
  @Column(name = "signature_hash", length = 64)
  private String signatureHash;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private Instant sentAt;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  protected ChangeWebhookDelivery() {}

  public ChangeWebhookDelivery(SignedChange.Delivery delivery, Instant receivedAt) {
    this.signatureHash = delivery.signatureHash();
    this.sentAt = delivery.sentAt();
    this.receivedAt = receivedAt;
  }
}
