package io.hindsight.runbook.domain;

import io.hindsight.platform.markdown.MarkdownPlainText;
import io.hindsight.platform.search.DocumentRef;
import io.hindsight.platform.search.FieldWeights;
import io.hindsight.platform.search.SearchHit;
import io.hindsight.platform.search.SearchText;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A runbook as a searchable document of kind {@value #KIND}: id {@code repository/path}, scoped by
 * its repository; title, triggers as keywords, services and purpose as summary, the body as plain
 * text.
 */
public final class RunbookSearchText {

  public static final String KIND = "runbook";

  /** Title and triggers weigh most; the snippet comes from the body. */
  public static final FieldWeights SEARCH =
      new FieldWeights(
          Map.of(
              SearchText.TITLE,
              3.0,
              SearchText.KEYWORDS,
              2.5,
              SearchText.SUMMARY,
              1.5,
              SearchText.BODY,
              1.0),
          SearchText.BODY);

  /** For a free text such as an incident title: triggers weigh most, and give the snippet. */
  public static final FieldWeights SUGGEST =
      new FieldWeights(
          Map.of(
              SearchText.KEYWORDS,
              5.0,
              SearchText.TITLE,
              2.0,
              SearchText.SUMMARY,
              1.5,
              SearchText.BODY,
              0.5),
          SearchText.KEYWORDS);

  private RunbookSearchText() {}

  public static SearchText of(SearchableRunbook runbook) {
    RunbookMetadata metadata = runbook.metadata();
    String summary = String.join("\n", metadata.services()) + "\n" + metadata.purpose().orElse("");
    return new SearchText(
        new DocumentRef(KIND, runbook.repository().value() + "/" + metadata.path().value()),
        runbook.repository().value(),
        metadata.title(),
        String.join("\n", metadata.triggers()),
        summary.strip(),
        MarkdownPlainText.of(runbook.body()));
  }

  /** The runbook a hit names; none when the hit is not a runbook's. */
  public static Optional<RunbookHit> hitOf(SearchHit hit) {
    if (!hit.ref().kind().equals(KIND)) {
      return Optional.empty();
    }
    String id = hit.ref().id();
    int slash = id.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    return RepositoryKey.parse(id.substring(0, slash))
        .flatMap(
            repository ->
                RunbookPath.parse(id.substring(slash + 1))
                    .map(
                        path ->
                            new RunbookHit(
                                repository, path, hit.title(), hit.score(), hit.snippet())));
  }

  public static List<RunbookHit> hitsOf(List<SearchHit> hits) {
    return hits.stream().flatMap(hit -> hitOf(hit).stream()).toList();
  }
}
