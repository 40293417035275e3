package io.hindsight.notify.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** When the reminder sweep next looks at one open action item. */
@Entity
@Table(name = "action_item_notice")
@AttributeOverride(name = "subjectVersion", column = @Column(name = "item_version"))
public class ActionItemNotice extends NextLook {

  @Id
  @Column(name = "item_id")
  private Long itemId;

  protected ActionItemNotice() {}

  public ActionItemNotice(long itemId, long itemVersion, Instant nextAt) {
    super(itemVersion, nextAt);
    this.itemId = itemId;
  }
}
