package io.hindsight.notify.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * When the reminder sweep next looks at one action item: the start of its next reminder, worked out
 * from one version of the item. A newer version of the item makes the row stale.
 */
@Entity
@Table(name = "action_item_notice")
public class ActionItemNotice {

  @Id
  @Column(name = "item_id")
  private Long itemId;

  @Column(name = "item_version", nullable = false)
  private long itemVersion;

  @Column(name = "next_at", nullable = false)
  private Instant nextAt;

  protected ActionItemNotice() {}

  public ActionItemNotice(long itemId, long itemVersion, Instant nextAt) {
    this.itemId = itemId;
    this.itemVersion = itemVersion;
    this.nextAt = nextAt;
  }

  public void reschedule(long version, Instant next) {
    this.itemVersion = version;
    this.nextAt = next;
  }

  public Instant nextAt() {
    return nextAt;
  }
}
