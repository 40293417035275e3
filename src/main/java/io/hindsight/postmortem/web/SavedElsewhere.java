package io.hindsight.postmortem.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * The version someone else saved while the author was editing: shown next to the author's own text
 * so that nothing is lost.
 */
public record SavedElsewhere(
    long version, int revision, String by, Instant at, Map<String, String> sections)
    implements Serializable {

  public SavedElsewhere {
    sections = Map.copyOf(sections);
  }

  public String section(String key) {
    return sections.getOrDefault(key, "");
  }
}
