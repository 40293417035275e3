package io.hindsight.change.domain;

import io.hindsight.runbook.domain.RequiredSection;
import java.util.List;
import java.util.Map;

/**
 * The text a new runbook starts from: front matter with its title and owner, a heading, and one
 * section for each section lint requires, each with a line saying what belongs there.
 */
public final class RunbookTemplate {

  private static final Map<String, String> HINTS =
      Map.of(
          "Trigger", "The alert, symptom or request that sends someone here.",
          "Impact", "Who and what is affected while this lasts.",
          "Steps", "1. The first thing to do, with the exact command.",
          "Verification", "How to tell it worked: the check and what it shows.",
          "Rollback", "How to undo the steps if they make things worse.",
          "Escalation", "Who to call when this does not work, and how.");

  private RunbookTemplate() {}

  public static String of(String title, String owner, List<RequiredSection> sections) {
    String heading = title == null || title.isBlank() ? "New runbook" : oneLine(title);
    StringBuilder text =
        new StringBuilder("---\n")
            .append("title: \"")
            .append(heading.replace("\\", "\\\\").replace("\"", "\\\""))
            .append("\"\n")
            .append("owner: ")
            .append(owner)
            .append("\nseverity: P2\nreview interval: quarterly\n---\n\n# ")
            .append(heading)
            .append('\n');
    for (RequiredSection section : sections) {
      text.append("\n## ")
          .append(section.name())
          .append("\n\n")
          .append(HINTS.getOrDefault(section.name(), "What belongs under this heading."))
          .append('\n');
    }
    return text.toString();
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
  }
}
