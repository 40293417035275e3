package io.hindsight.change.application;

import io.hindsight.change.domain.Actor;
import io.hindsight.change.domain.ChangeComment;
import io.hindsight.change.domain.ChangeRequest;
import io.hindsight.change.domain.ChangeRules;
import io.hindsight.platform.markdown.InvalidFrontMatterException;
import io.hindsight.platform.markdown.MarkdownDocument;
import io.hindsight.platform.markdown.MarkdownRenderer;
import io.hindsight.platform.paging.ResultPage;
import io.hindsight.postmortem.application.BlameCheck;
import io.hindsight.postmortem.application.PostmortemView;
import io.hindsight.runbook.application.RepositoryLocation;
import io.hindsight.runbook.application.RunbookInspection;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.runbook.git.ConflictingLines;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The read models of change requests that pages and the API both present. */
@ApplicationScoped
@Transactional
public class ChangeViews {

  @Inject ChangeRequestService service;
  @Inject ChangeRequests changes;
  @Inject ChangeGit git;
  @Inject ChangeBranches branches;
  @Inject RunbookInspection inspection;
  @Inject BlameCheck blame;
  @Inject Instance<PullRequestTrail> trails;
  @Inject PushQueue pushes;

  private final MarkdownRenderer renderer = MarkdownRenderer.builder().build();

  public ResultPage<ChangeSummary> list(ChangeFilter filter, int page, int size) {
    return changes.page(filter, page, size).map(ChangeSummary::of);
  }

  public ChangeDetail detail(long id, Actor viewer) {
    ChangeRequest change = service.require(id);
    RunbookRef runbook = change.runbook();
    RepositoryLocation location = service.location(runbook);
    branches.ready(location, change);
    String head = change.mergeCommit().orElse(change.headCommit());
    String before = git.text(location, change.baseCommit(), runbook.path()).orElse("");
    String after = git.text(location, head, runbook.path()).orElse("");
    String tip = git.tip(location);
    boolean baseMoved = !change.state().isFinished() && !tip.equals(change.baseCommit());
    List<ChangeDetail.Conflict> conflicts =
        baseMoved
            ? ConflictingLines.between(
                    before, git.text(location, tip, runbook.path()).orElse(""), after)
                .stream()
                .map(hunk -> new ChangeDetail.Conflict(hunk.line(), hunk.base(), hunk.change()))
                .toList()
            : List.of();
    List<ChangeComment> comments = changes.comments(id);
    return new ChangeDetail(
        ChangeSummary.of(change),
        change.baseCommit(),
        change.headCommit(),
        before,
        after,
        render(after),
        git.diff(location, change),
        inspection.lintText(runbook.repository(), runbook.path(), before),
        inspection.lintText(runbook.repository(), runbook.path(), after),
        comments.stream()
            .map(
                c ->
                    new ChangeDetail.Comment(
                        c.author().value(),
                        c.verdict().word(),
                        c.commit(),
                        c.text(),
                        c.createdAt()))
            .toList(),
        baseMoved,
        conflicts,
        change.significant(),
        new ChangeDetail.Allowed(
            ChangeRules.mayEdit(viewer, change),
            ChangeRules.maySubmit(viewer, change) && change.hasCommits(),
            ChangeRules.mayReview(viewer, change),
            ChangeRules.mayMerge(viewer, change),
            ChangeRules.mayClose(viewer, change)),
        blameWarnings(change, comments),
        trails.isResolvable() ? trails.get().of(id) : Optional.empty(),
        pushes.of(id).map(ChangeDetail.Push::of));
  }

  private List<PostmortemView.Warning> blameWarnings(
      ChangeRequest change, List<ChangeComment> comments) {
    List<PostmortemView.Warning> warnings =
        new ArrayList<>(blame.warningsIn("title", change.title()));
    for (int i = 0; i < comments.size(); i++) {
      warnings.addAll(blame.warningsIn("comments[" + i + "]", comments.get(i).text()));
    }
    return warnings;
  }

  /** The lint findings of a text as the change's runbook, for the editor's live check. */
  public List<io.hindsight.runbook.domain.LintFinding> lint(long id, String text) {
    RunbookRef runbook = service.require(id).runbook();
    return inspection.lintText(runbook.repository(), runbook.path(), text == null ? "" : text);
  }

  /** Markdown as the runbook page renders it: the shared renderer and its sanitizer. */
  public String render(String text) {
    String body;
    try {
      body = MarkdownDocument.parse(text).body();
    } catch (InvalidFrontMatterException unreadable) {
      body = text;
    }
    return renderer.render(body).html();
  }
}
