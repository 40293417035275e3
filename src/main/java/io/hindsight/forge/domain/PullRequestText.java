package io.hindsight.forge.domain;

/**
 * The title and body of a change's pull request: the change's title, and a body that names the
 * runbook, links the source and the change request in Hindsight, summarises the lint result and
 * says where it was reviewed.
 */
public final class PullRequestText {

  public static final String LABEL = "runbook-improvement";

  private PullRequestText() {}

  public static String title(String changeTitle) {
    String title = changeTitle.strip();
    return title.length() > 250 ? title.substring(0, 250) : title;
  }

  /**
   * @param changeLink the change request's address in Hindsight
   * @param sourceReference what asked for the change ({@code Action-Item: 12}, {@code Review: 3})
   * @param lint the lint result ({@link LintSummary})
   */
  public static String body(
      long changeRequestId,
      String runbook,
      String sourceReference,
      String changeLink,
      String lint) {
    return "Runbook: `"
        + runbook
        + "`\n\n"
        + "Change request [#"
        + changeRequestId
        + "]("
        + changeLink
        + ") in Hindsight.\n\n"
        + sourceReference.strip()
        + "\n\n"
        + lint.strip()
        + "\n\n"
        + "Opened by Hindsight; merging or closing this pull request closes the change request.\n";
  }
}
