package io.hindsight.postmortem.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One section of one stored template version; a version is all its rows in order. */
@Entity
@Table(name = "postmortem_template_section")
public class StoredTemplateSection {

  /** The version and the section's place in it. */
  @Embeddable
  public record Position(
      @Column(name = "template_version") int version, @Column(name = "sort_order") int order)
      implements Serializable {}

  @EmbeddedId private Position position;

  @Column(name = "section_key", nullable = false, length = SectionKey.MAX_LENGTH)
  private String key;

  @Column(name = "title", nullable = false, length = SectionDefinition.MAX_TITLE_LENGTH)
  private String title;

  @Column(name = "required", nullable = false)
  private boolean required;

  @Column(name = "hint", nullable = false, length = SectionDefinition.MAX_HINT_LENGTH)
  private String hint;

  protected StoredTemplateSection() {}

  public StoredTemplateSection(int version, int order, SectionDefinition section) {
    this.position = new Position(version, order);
    this.key = section.key().value();
    this.title = section.title();
    this.required = section.required();
    this.hint = section.hint();
  }

  public int version() {
    return position.version();
  }

  public SectionDefinition definition() {
    return new SectionDefinition(SectionKey.of(key), title, required, hint);
  }
}
