package io.hindsight.platform.search.api;

import io.hindsight.platform.api.QueryParameters;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.search.FullTextQuery;
import io.hindsight.platform.search.SearchResult;
import io.hindsight.platform.search.SearchSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Full-text search over every kind of document a {@link SearchSource} provides, in one ranking,
 * paged; {@code repo} limits it to the runbooks of one repository. Only the best {@link
 * FullTextQuery#MAX_LIMIT} results are ranked.
 */
@Path("search")
@RequestScoped
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

  static final int MAX_PAGE_SIZE = 50;

  private static final Pattern REPOSITORY = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");

  @Inject @Any Instance<SearchSource> sources;

  @GET
  public SearchPageView search(
      @QueryParam("q") String q,
      @QueryParam("kind") String kind,
      @QueryParam("repo") String repo,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    String query = query(q);
    int pageNumber = number("page", page, 0, 0, FullTextQuery.MAX_LIMIT);
    int pageSize = number("size", size, 20, 1, MAX_PAGE_SIZE);
    List<SearchSource> searched = sources(kind);
    Optional<String> repository = repository(repo);
    int wanted = Math.min((pageNumber + 1) * pageSize, FullTextQuery.MAX_LIMIT);
    List<SearchResult> ranked = new ArrayList<>();
    for (SearchSource source : searched) {
      ranked.addAll(source.search(query, FullTextQuery.MAX_LIMIT, repository));
    }
    ranked.sort(
        Comparator.comparingDouble(SearchResult::score)
            .reversed()
            .thenComparing(SearchResult::kind)
            .thenComparing(SearchResult::id));
    List<SearchResult> best = ranked.subList(0, Math.min(ranked.size(), FullTextQuery.MAX_LIMIT));
    List<SearchResultView> items =
        best
            .subList(Math.min(best.size(), pageNumber * pageSize), Math.min(best.size(), wanted))
            .stream()
            .map(SearchResultView::of)
            .toList();
    return new SearchPageView(query, items, pageNumber, pageSize, best.size());
  }

  private static String query(String q) {
    if (q == null || q.isBlank()) {
      throw FieldRefused.field("q", "must not be blank");
    }
    if (q.length() > FullTextQuery.MAX_QUERY_LENGTH) {
      throw FieldRefused.field(
          "q", "must be at most " + FullTextQuery.MAX_QUERY_LENGTH + " characters");
    }
    return q.strip();
  }

  /** A repository key's shape ({@code RepositoryKey}): lowercase letters, digits, hyphens. */
  private static Optional<String> repository(String repo) {
    if (repo == null) {
      return Optional.empty();
    }
    if (!REPOSITORY.matcher(repo).matches()) {
      throw FieldRefused.field(
          "repo", "must be a repository name: lowercase letters, digits and hyphens");
    }
    return Optional.of(repo);
  }

  private List<SearchSource> sources(String kind) {
    List<SearchSource> all = sources.stream().toList();
    if (kind == null) {
      return all;
    }
    String wanted = kind.strip().toLowerCase(Locale.ROOT);
    List<SearchSource> matching = all.stream().filter(s -> s.kind().equals(wanted)).toList();
    if (matching.isEmpty()) {
      TreeSet<String> kinds = new TreeSet<>();
      all.forEach(source -> kinds.add(source.kind()));
      throw FieldRefused.field("kind", "must be one of " + String.join(", ", kinds));
    }
    return matching;
  }

  private static int number(String field, String raw, int fallback, int min, int max) {
    return raw == null ? fallback : QueryParameters.number(field, raw, min, max);
  }
}
