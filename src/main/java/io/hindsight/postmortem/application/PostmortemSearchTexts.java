package io.hindsight.postmortem.application;

import io.hindsight.platform.markdown.MarkdownPlainText;
import io.hindsight.platform.search.DocumentRef;
import io.hindsight.platform.search.SearchText;
import io.hindsight.postmortem.domain.ContributingFactor;
import io.hindsight.postmortem.domain.Postmortem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.stream.Collectors;

/**
 * A post-mortem's search document: its title, every section as plain text with its contributing
 * factors, and its action items' titles as keywords.
 */
@ApplicationScoped
public class PostmortemSearchTexts {

  @Inject PostmortemActionItems actionItems;

  public SearchText of(Postmortem postmortem) {
    String body =
        postmortem.sections().values().stream()
            .filter(text -> !text.isBlank())
            .map(MarkdownPlainText::of)
            .collect(Collectors.joining("\n"));
    String factors =
        postmortem.factors().stream()
            .map(ContributingFactor::description)
            .collect(Collectors.joining("\n"));
    String actions =
        actionItems.of(postmortem.id()).stream()
            .map(ActionItemSummary::title)
            .collect(Collectors.joining("\n"));
    return new SearchText(
        new DocumentRef(PostmortemSearch.KIND, postmortem.key().value()),
        postmortem.key().incident().value(),
        postmortem.title(),
        actions,
        "",
        body + (factors.isEmpty() ? "" : "\n" + factors));
  }
}
