package io.hindsight.postmortem.web;

import io.hindsight.postmortem.domain.Postmortem;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
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

  static SavedElsewhere of(Postmortem theirs) {
    Map<String, String> sections = new LinkedHashMap<>();
    theirs.sections().forEach((section, text) -> sections.put(section.value(), text));
    return new SavedElsewhere(
        theirs.version(),
        theirs.revision(),
        theirs.updatedBy().value(),
        theirs.updatedAt(),
        sections);
  }

  /** What the author is told: nothing of theirs was saved, and how to go on. */
  String message() {
    return "Someone else saved this post-mortem while you were editing it ("
        + by
        + ", revision "
        + revision
        + "). Nothing of yours was saved and your text is still in the editor; their version is"
        + " shown below. Merge what you need, then save over their version.";
  }

  public String section(String key) {
    return sections.getOrDefault(key, "");
  }
}
