package io.hindsight.postmortem.domain;

import io.hindsight.platform.refusal.FieldRefused;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * What the authors wrote: each section's Markdown, the contributing factors, the incident log
 * entries left out of the timeline, and the blame warnings acknowledged.
 */
@Embeddable
public class PostmortemText {

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SELECT)
  @CollectionTable(name = "postmortem_section", joinColumns = @JoinColumn(name = "postmortem_id"))
  @MapKeyColumn(name = "section_key", length = SectionKey.MAX_LENGTH)
  @Column(name = "content", nullable = false, length = 100_000)
  private Map<String, String> sections = new TreeMap<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SELECT)
  @CollectionTable(name = "postmortem_factor", joinColumns = @JoinColumn(name = "postmortem_id"))
  @OrderColumn(name = "sort_order")
  private List<ContributingFactor> factors = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SELECT)
  @CollectionTable(
      name = "postmortem_acknowledgement",
      joinColumns = @JoinColumn(name = "postmortem_id"))
  @Column(name = "fingerprint", nullable = false, length = 300)
  private Set<String> acknowledged = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SELECT)
  @CollectionTable(
      name = "postmortem_hidden_entry",
      joinColumns = @JoinColumn(name = "postmortem_id"))
  @Column(name = "entry_id", nullable = false)
  private Set<Long> hiddenEntries = new TreeSet<>();

  protected PostmortemText() {}

  /** Every section of the template, with its prefilled text where there is one. */
  static PostmortemText of(PostmortemTemplate template, Map<SectionKey, String> prefilled) {
    PostmortemText text = new PostmortemText();
    for (SectionDefinition section : template.sections()) {
      text.sections.put(section.key().value(), prefilled.getOrDefault(section.key(), "").strip());
    }
    return text;
  }

  /** Takes the content's sections (merged), factors, left-out entries and acknowledgements. */
  void replace(PostmortemTemplate template, PostmortemContent content) {
    for (SectionKey key : content.sections().keySet()) {
      if (template.section(key).isEmpty()) {
        throw FieldRefused.field(
            "sections." + key, "This post-mortem's template has no section " + key + ".");
      }
    }
    content.sections().forEach((key, text) -> sections.put(key.value(), text.strip()));
    factors.clear();
    factors.addAll(content.factors());
    hiddenEntries.clear();
    hiddenEntries.addAll(content.hiddenEntries());
    acknowledged.clear();
    acknowledged.addAll(content.acknowledged());
  }

  Map<SectionKey, String> sections() {
    Map<SectionKey, String> result = new LinkedHashMap<>();
    sections.forEach((key, text) -> result.put(SectionKey.of(key), text));
    return Collections.unmodifiableMap(result);
  }

  String section(SectionKey key) {
    return sections.getOrDefault(key.value(), "");
  }

  List<ContributingFactor> factors() {
    return List.copyOf(factors);
  }

  Set<Long> hiddenEntries() {
    return Set.copyOf(hiddenEntries);
  }

  Set<String> acknowledged() {
    return Set.copyOf(acknowledged);
  }
}
