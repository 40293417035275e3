package io.hindsight.postmortem.application;

import io.hindsight.platform.markdown.MarkdownRenderer;
import io.hindsight.platform.text.EnumNames;
import io.hindsight.postmortem.domain.Postmortem;
import io.hindsight.postmortem.domain.PostmortemTemplate;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds post-mortem views: a summary for lists, everything for one post-mortem. */
@ApplicationScoped
@Transactional
public class PostmortemViews {

  private final MarkdownRenderer renderer = MarkdownRenderer.builder().build();

  @Inject PostmortemService service;
  @Inject BlameCheck blame;
  @Inject PostmortemActionItems actionItems;

  public PostmortemView summary(Postmortem postmortem) {
    return view(
        postmortem, service.facts(postmortem), actionItems.completionOf(postmortem.id()), false);
  }

  /**
   * Summaries of a page of post-mortems, with what they show of their incidents and action items
   * read for the whole page at once: the same statements for a page of 5 or of 100.
   */
  public List<PostmortemView> summaries(List<Postmortem> page) {
    Map<Long, IncidentFacts> facts = service.listFacts(page);
    Map<Long, ActionItemCompletion> completions =
        actionItems.completionOf(page.stream().map(Postmortem::id).toList());
    return page.stream()
        .map(
            p ->
                view(
                    p,
                    Optional.ofNullable(facts.get(p.id())).orElseGet(() -> service.facts(p)),
                    completions.get(p.id()),
                    false))
        .toList();
  }

  public PostmortemView detail(Postmortem postmortem) {
    return view(
        postmortem, service.facts(postmortem), actionItems.completionOf(postmortem.id()), true);
  }

  private PostmortemView view(
      Postmortem p, IncidentFacts facts, ActionItemCompletion rate, boolean detail) {
    PostmortemTemplate template = detail ? service.templateOf(p) : null;
    return new PostmortemView(
        p.key().value(),
        p.key().incident().value(),
        p.title(),
        p.severity().name(),
        EnumNames.word(p.status()),
        p.required(),
        p.resolvedAt(),
        p.dueAt(),
        EnumNames.word(service.dueState(p)),
        p.templateVersion(),
        p.revision(),
        p.version(),
        p.updatedAt(),
        p.updatedBy().value(),
        p.listedAuthors().stream().map(Username::value).sorted().toList(),
        p.participants().reviewers().stream().map(Username::value).sorted().toList(),
        p.reviewNote().orElse(null),
        p.waiveReason().orElse(null),
        new PostmortemView.Impact(
            facts.duration().toMinutes(),
            p.impact().users().orElse(null),
            p.impact().failedRequests().orElse(null),
            p.impact().cost().orElse(null),
            p.impact().currency().orElse(null)),
        detail
            ? template.sections().stream()
                .map(
                    s ->
                        new PostmortemView.Section(
                            s.key().value(),
                            s.title(),
                            s.required(),
                            s.hint(),
                            p.section(s.key()),
                            renderer.render(p.section(s.key())).html()))
                .toList()
            : null,
        detail
            ? p.factors().stream()
                .map(f -> new PostmortemView.Factor(f.id().value(), f.description()))
                .toList()
            : null,
        facts.sla().facts().stream()
            .map(
                f ->
                    new PostmortemView.SlaFact(
                        EnumNames.word(f.measure()),
                        f.elapsed().map(d -> d.toMinutes()).orElse(null),
                        f.target().map(d -> d.toMinutes()).orElse(null),
                        f.breached()))
            .toList(),
        detail
            ? facts.log().stream()
                .map(
                    e ->
                        new PostmortemView.Entry(
                            e.entry().id(),
                            e.entry().occurredAt(),
                            EnumNames.word(e.entry().kind()),
                            e.entry().text(),
                            e.entry().author().map(Username::value).orElse(null),
                            e.kept()))
                .toList()
            : null,
        detail ? warnings(blame.warnings(p)) : null,
        detail
            ? actionItems.of(p.id()).stream()
                .map(
                    a ->
                        new PostmortemView.ActionItem(
                            a.id(),
                            a.title(),
                            a.kind(),
                            a.priority(),
                            a.owner(),
                            a.dueDate(),
                            a.status(),
                            a.factorId().orElse(null),
                            a.overdue()))
                .toList()
            : null,
        new PostmortemView.Completion(
            rate.done(),
            rate.wontDo(),
            rate.total(),
            rate.percent().isPresent() ? rate.percent().getAsInt() : null));
  }

  public static List<PostmortemView.Warning> warnings(List<SectionWarning> warnings) {
    return warnings.stream()
        .map(
            w ->
                new PostmortemView.Warning(
                    w.field(),
                    w.warning().ruleId().value(),
                    w.warning().start(),
                    w.warning().end(),
                    w.warning().matchedText(),
                    w.warning().message(),
                    w.warning().suggestion(),
                    w.warning().fingerprint(),
                    w.acknowledged(),
                    w.warning().sentenceStart(),
                    w.warning().sentenceEnd(),
                    w.sentence(),
                    w.warning().rewrites(),
                    w.dismissed()))
        .toList();
  }
}
