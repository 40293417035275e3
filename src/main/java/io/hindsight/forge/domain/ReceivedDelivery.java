package io.hindsight.forge.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A forge webhook delivery received, by repository and the forge's delivery id: remembered in the
 * database so that every node refuses its replay.
 */
@Entity
@Table(name = "forge_webhook_delivery")
public class ReceivedDelivery {

  public static final int MAX_KEY = 200;

  @Id
  @Column(name = "delivery_key", nullable = false, length = MAX_KEY, updatable = false)
  private String key;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  protected ReceivedDelivery() {}

  public ReceivedDelivery(String key, Instant receivedAt) {
    if (key.isBlank() || key.length() > MAX_KEY) {
      throw new IllegalArgumentException("A delivery key is 1 to " + MAX_KEY + " characters");
    }
    this.key = key;
    this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
  }

  public String key() {
    return key;
  }

  public Instant receivedAt() {
    return receivedAt;
  }
}
