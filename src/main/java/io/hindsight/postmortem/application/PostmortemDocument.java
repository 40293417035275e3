package io.hindsight.postmortem.application;

import io.hindsight.incident.domain.Incident;
import io.hindsight.incident.domain.TimelineEntry;
import io.hindsight.postmortem.domain.ContributingFactor;
import io.hindsight.postmortem.domain.Postmortem;
import io.hindsight.postmortem.domain.PostmortemTemplate;
import io.hindsight.postmortem.domain.SectionDefinition;
import io.hindsight.postmortem.domain.SlaFact;
import io.hindsight.security.domain.Username;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * A post-mortem as one Markdown document: YAML front matter with its facts, then the incident
 * facts, the template's sections in order, the kept timeline, the contributing factors and the
 * action items. Revisions store this document, and diffs compare it.
 */
public final class PostmortemDocument {

  /** Shared: settings are immutable. A {@link Dump} keeps state while it writes: one per call. */
  private static final DumpSettings YAML =
      DumpSettings.builder()
          .setDefaultFlowStyle(FlowStyle.BLOCK)
          .setWidth(Integer.MAX_VALUE)
          .build();

  /** Keeps the document within what a revision stores, however long the incident's log. */
  static final int MAX_TIMELINE_ROWS = 300;

  static final int MAX_ENTRY_LENGTH = 500;

  static final int MAX_ACTION_ITEMS = 500;

  private PostmortemDocument() {}

  public static String markdown(
      Postmortem postmortem,
      PostmortemTemplate template,
      IncidentFacts facts,
      List<ActionItemSummary> actionItems) {
    Incident incident = facts.incident();
    StringBuilder out = new StringBuilder();
    out.append("---\n").append(yaml(frontMatter(postmortem, facts, actionItems))).append("---\n\n");
    out.append("# Post-mortem: ").append(oneLine(postmortem.title())).append("\n\n");
    out.append("## Incident facts\n\n");
    out.append("| Fact | Value |\n| --- | --- |\n");
    row(out, "Incident", incident.key().value());
    row(out, "Severity", incident.severity().name());
    row(out, "Category", incident.category().name().toLowerCase(Locale.ROOT));
    row(out, "Started", incident.startedAt().toString());
    row(out, "Detected", incident.detectedAt().toString());
    row(
        out,
        "Resolved",
        incident.lifecycle().resolvedAt().map(Instant::toString).orElse("not resolved"));
    row(out, "Duration", human(facts.duration()));
    out.append("\n### SLA\n\nDetect counts from the start, the other measures from detection.\n\n");
    out.append("| Measure | Took | Target | Breached |\n| --- | --- | --- | --- |\n");
    for (SlaFact fact : facts.sla().facts()) {
      out.append("| ")
          .append(fact.measure().name().toLowerCase(Locale.ROOT))
          .append(" | ")
          .append(fact.elapsed().map(PostmortemDocument::human).orElse("—"))
          .append(" | ")
          .append(fact.target().map(PostmortemDocument::human).orElse("—"))
          .append(" | ")
          .append(fact.breached() ? "**yes**" : "no")
          .append(" |\n");
    }
    for (SectionDefinition section : template.sections()) {
      out.append("\n## ").append(section.title()).append("\n\n");
      String text = postmortem.section(section.key());
      if (!text.isBlank()) {
        out.append(text.strip()).append("\n");
      }
      switch (section.key().value()) {
        case "timeline" -> {
          timeline(out, facts.keptEntries());
          if (facts.keptEntries().size() > MAX_TIMELINE_ROWS) {
            out.append("\n… and ")
                .append(facts.keptEntries().size() - MAX_TIMELINE_ROWS)
                .append(" more entries in the incident's log.\n");
          }
        }
        case "contributing-factors" -> factors(out, postmortem.factors());
        case "impact" -> impact(out, postmortem, facts);
        default -> {
          // plain sections hold only their text
        }
      }
    }
    out.append("\n## Action items\n\n");
    if (actionItems.isEmpty()) {
      out.append("None yet.\n");
    }
    for (ActionItemSummary item :
        actionItems.subList(0, Math.min(actionItems.size(), MAX_ACTION_ITEMS))) {
      out.append("- [")
          .append(item.status().equals("done") ? "x" : " ")
          .append("] ")
          .append(oneLine(item.title()))
          .append(" — ")
          .append(item.kind())
          .append(", ")
          .append(item.priority())
          .append(" priority, owner ")
          .append(item.owner())
          .append(", due ")
          .append(item.dueDate())
          .append(", ")
          .append(item.status())
          .append(item.factorId().map(f -> ", factor " + f).orElse(""))
          .append("\n");
    }
    return out.toString();
  }

  /** The front matter as YAML; safe to call from many threads at once. */
  static String yaml(Map<String, Object> front) {
    return new Dump(YAML).dumpToString(front);
  }

  private static Map<String, Object> frontMatter(
      Postmortem postmortem, IncidentFacts facts, List<ActionItemSummary> actionItems) {
    Map<String, Object> front = new LinkedHashMap<>();
    front.put("key", postmortem.key().value());
    front.put("incident", facts.incident().key().value());
    front.put("title", postmortem.title());
    front.put("severity", postmortem.severity().name());
    front.put("status", postmortem.status().name().toLowerCase(Locale.ROOT));
    front.put("revision", postmortem.revision());
    front.put("template", postmortem.templateVersion());
    front.put(
        "authors", postmortem.listedAuthors().stream().map(Username::value).sorted().toList());
    front.put(
        "reviewers",
        postmortem.participants().reviewers().stream().map(Username::value).sorted().toList());
    front.put("resolved", postmortem.resolvedAt().toString());
    front.put("due", postmortem.dueAt().toString());
    front.put("duration", human(facts.duration()));
    front.put("slaBreached", facts.sla().anyBreached());
    Map<String, Object> impact = new LinkedHashMap<>();
    postmortem.impact().users().ifPresent(users -> impact.put("users", users));
    postmortem
        .impact()
        .failedRequests()
        .ifPresent(requests -> impact.put("failedRequests", requests));
    postmortem
        .impact()
        .cost()
        .ifPresent(
            cost ->
                impact.put(
                    "cost",
                    cost.toPlainString() + " " + postmortem.impact().currency().orElse("")));
    if (!impact.isEmpty()) {
      front.put("impact", impact);
    }
    front.put("actionItems", actionItems.size());
    return front;
  }

  private static void timeline(StringBuilder out, List<TimelineEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    out.append("\n| When (UTC) | Kind | Entry | By |\n| --- | --- | --- | --- |\n");
    for (TimelineEntry entry : entries.subList(0, Math.min(entries.size(), MAX_TIMELINE_ROWS))) {
      out.append("| ")
          .append(entry.occurredAt())
          .append(" | ")
          .append(entry.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '))
          .append(" | ")
          .append(cell(shortened(entry.text())))
          .append(" | ")
          .append(entry.author().map(Username::value).orElse("Hindsight"))
          .append(" |\n");
    }
  }

  private static String shortened(String text) {
    return text.length() <= MAX_ENTRY_LENGTH ? text : text.substring(0, MAX_ENTRY_LENGTH) + "…";
  }

  private static void factors(StringBuilder out, List<ContributingFactor> factors) {
    if (factors.isEmpty()) {
      return;
    }
    out.append("\n");
    for (ContributingFactor factor : factors) {
      out.append("- ")
          .append(oneLine(factor.description()))
          .append(" <!-- ")
          .append(factor.id().value())
          .append(" -->\n");
    }
  }

  private static void impact(StringBuilder out, Postmortem postmortem, IncidentFacts facts) {
    out.append("\n- Duration: ").append(human(facts.duration())).append("\n");
    postmortem
        .impact()
        .users()
        .ifPresent(users -> out.append("- Users affected: ").append(users).append("\n"));
    postmortem
        .impact()
        .failedRequests()
        .ifPresent(requests -> out.append("- Failed requests: ").append(requests).append("\n"));
    postmortem
        .impact()
        .cost()
        .ifPresent(
            cost ->
                out.append("- Cost: ")
                    .append(cost.toPlainString())
                    .append(" ")
                    .append(postmortem.impact().currency().orElse(""))
                    .append("\n"));
  }

  private static void row(StringBuilder out, String fact, String value) {
    out.append("| ").append(fact).append(" | ").append(cell(value)).append(" |\n");
  }

  private static String cell(String text) {
    return oneLine(text).replace("|", "\\|");
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** "2 h 05 min", "45 min", "3 d 4 h". */
  public static String human(Duration duration) {
    long minutes = duration.toMinutes();
    if (minutes < 60) {
      return minutes + " min";
    }
    long hours = minutes / 60;
    if (hours < 48) {
      return hours + " h " + String.format("%02d", minutes % 60) + " min";
    }
    return hours / 24 + " d " + hours % 24 + " h";
  }
}
