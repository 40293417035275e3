package io.hindsight.postmortem.api;

import io.hindsight.platform.text.SingleLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies the post-mortem API reads. */
public final class PostmortemRequests {

  private PostmortemRequests() {}

  /** Opens the post-mortem of a resolved incident that did not get one automatically. */
  @Schema(name = "PostmortemCreateRequest")
  public record Create(String incident) {}

  /**
   * New content based on {@code version}. Sections are merged (only the given keys change); every
   * other field, when given, replaces what is stored.
   */
  @Schema(name = "PostmortemUpdateRequest")
  public record Update(
      Long version,
      Map<String, String> sections,
      List<Factor> factors,
      Impact impact,
      List<Long> hiddenEntries,
      List<String> authors,
      List<String> acknowledged,
      String reason) {}

  /** A contributing factor; without an id it is new. */
  @Schema(name = "PostmortemFactorRequest")
  public record Factor(String id, String description) {}

  /** Impact figures, each where known. */
  @Schema(name = "PostmortemImpactRequest")
  public record Impact(
      Long users, Long failedRequests, BigDecimal cost, @SingleLine String currency) {}

  public record Submit(@SingleLine List<String> reviewers) {}

  /** The note of a change request, or the reason of a waiver. */
  public record Note(String note) {}

  public record Lint(String text) {}

  /** A sentence to mark "not blame". */
  public record NotBlame(String sentence) {}

  /** A word for the team's blame check: kind phrase, role or exception. */
  public record TeamWord(String kind, @SingleLine String word) {}

  public record TemplateSection(
      String key, @SingleLine String title, Boolean required, String hint) {}

  public record Rename(@SingleLine String title) {}
}
