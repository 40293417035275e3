package io.hindsight.postmortem.application;

import io.hindsight.incident.domain.Incident;
import io.hindsight.incident.domain.RunbookFeedback;
import io.hindsight.incident.domain.RunbookLink;
import io.hindsight.incident.domain.ServiceName;
import io.hindsight.postmortem.domain.SectionKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a new post-mortem starts with, from its incident: the affected services under impact, and
 * under runbook feedback the runbooks used and every step flagged during the incident.
 */
public final class PostmortemPrefill {

  static final SectionKey IMPACT = SectionKey.of("impact");
  static final SectionKey RUNBOOK_FEEDBACK = SectionKey.of("runbook-feedback");

  private PostmortemPrefill() {}

  public static Map<SectionKey, String> of(
      Incident incident, List<RunbookLink> used, List<RunbookFeedback> feedback) {
    Map<SectionKey, String> sections = new LinkedHashMap<>();
    if (!incident.services().isEmpty()) {
      sections.put(
          IMPACT,
          "Affected services: "
              + incident.services().stream()
                  .map(ServiceName::value)
                  .sorted()
                  .collect(Collectors.joining(", "))
              + ".");
    }
    StringBuilder runbooks = new StringBuilder();
    if (!used.isEmpty()) {
      runbooks.append("Runbooks used during the incident:\n\n");
      used.forEach(
          link ->
              runbooks
                  .append("- `")
                  .append(link.repository().value())
                  .append('/')
                  .append(link.path().value())
                  .append("`\n"));
    }
    if (!feedback.isEmpty()) {
      runbooks.append(runbooks.isEmpty() ? "" : "\n").append("Flagged during the incident:\n\n");
      feedback.forEach(
          flag ->
              runbooks
                  .append("- `")
                  .append(flag.repository().value())
                  .append('/')
                  .append(flag.path().value())
                  .append("`, step \"")
                  .append(oneLine(flag.step()))
                  .append("\": ")
                  .append(flag.problem().name().toLowerCase(Locale.ROOT))
                  .append(
                      flag.note() == null || flag.note().isBlank()
                          ? ""
                          : " — " + oneLine(flag.note()))
                  .append('\n'));
    }
    if (!runbooks.isEmpty()) {
      sections.put(RUNBOOK_FEEDBACK, runbooks.toString().strip());
    }
    return sections;
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }
}
