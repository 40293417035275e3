package io.hindsight.runbook.application;

import io.hindsight.platform.search.SearchResult;
import io.hindsight.platform.search.SearchSource;
import io.hindsight.runbook.domain.IndexPages;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookHit;
import io.hindsight.runbook.domain.RunbookSearchText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runbooks of every repository, or of the one asked, as results of kind {@value
 * RunbookSearchText#KIND}.
 */
@ApplicationScoped
public class RunbookSearchSource implements SearchSource {

  @Inject RunbookInspection inspection;

  @Override
  public String kind() {
    return RunbookSearchText.KIND;
  }

  @Override
  public List<SearchResult> search(String query, int limit, Optional<String> repository) {
    Optional<RepositoryKey> only = repository.flatMap(RepositoryKey::parse);
    if (repository.isPresent() && only.isEmpty()) {
      return List.of();
    }
    return inspection.search(query, limit, only).stream().map(this::result).toList();
  }

  private SearchResult result(RunbookHit hit) {
    boolean indexPage = IndexPages.isIndexPage(hit.path());
    return new SearchResult(
        kind(),
        hit.repository().value() + "/" + hit.path().value(),
        hit.title(),
        hit.score(),
        hit.snippet(),
        RunbookLinks.pageOf(hit.repository(), hit.path()),
        "/api/v1/runbooks/" + hit.repository().value() + "/" + encodedPath(hit.path().value()),
        Map.of(
            "repository",
            hit.repository().value(),
            "path",
            hit.path().value(),
            "indexPage",
            Boolean.toString(indexPage)));
  }

  private static String encodedPath(String path) {
    return Stream.of(path.split("/"))
        .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
        .collect(Collectors.joining("/"));
  }
}
