package io.hindsight.notify.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** When the reminder sweep next looks at one unfinished post-mortem. */
@Entity
@Table(name = "postmortem_notice")
@AttributeOverride(name = "subjectVersion", column = @Column(name = "postmortem_version"))
public class PostmortemNotice extends NextLook {

  @Id
  @Column(name = "postmortem_id")
  private Long postmortemId;

  protected PostmortemNotice() {}

  public PostmortemNotice(long postmortemId, long postmortemVersion, Instant nextAt) {
    super(postmortemVersion, nextAt);
    this.postmortemId = postmortemId;
  }
}
