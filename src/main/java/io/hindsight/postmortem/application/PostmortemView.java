package io.hindsight.postmortem.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A post-mortem as the API shows it; lists leave out sections, timeline and warnings. */
public record PostmortemView(
    String key,
    String incident,
    String title,
    String severity,
    String status,
    boolean required,
    Instant resolvedAt,
    Instant dueAt,
    String dueState,
    int templateVersion,
    int revision,
    long version,
    Instant updatedAt,
    String updatedBy,
    List<String> authors,
    List<String> reviewers,
    String reviewNote,
    String waiveReason,
    Impact impact,
    List<Section> sections,
    List<Factor> factors,
    List<SlaFact> sla,
    List<Entry> timeline,
    List<Warning> warnings,
    List<ActionItem> actionItems,
    Completion completion) {

  @Schema(name = "PostmortemImpact")
  public record Impact(
      long durationMinutes, Long users, Long failedRequests, BigDecimal cost, String currency) {}

  @Schema(name = "PostmortemSection")
  public record Section(
      String key, String title, boolean required, String hint, String markdown, String html) {}

  @Schema(name = "PostmortemFactor")
  public record Factor(String id, String description) {}

  public record SlaFact(
      String measure, Long elapsedMinutes, Long targetMinutes, boolean breached) {}

  @Schema(name = "PostmortemEntry")
  public record Entry(
      long id, Instant occurredAt, String kind, String text, String author, boolean kept) {}

  public record Warning(
      String field,
      String rule,
      int start,
      int end,
      String text,
      String message,
      String suggestion,
      String fingerprint,
      boolean acknowledged,
      int sentenceStart,
      int sentenceEnd,
      String sentence,
      List<String> rewrites,
      boolean dismissed) {}

  public record ActionItem(
      long id,
      String title,
      String kind,
      String priority,
      String owner,
      LocalDate dueDate,
      String status,
      String factor,
      boolean overdue) {}

  @Schema(name = "PostmortemCompletion")
  public record Completion(int done, int wontDo, int total, Integer percent) {}
}
