package io.hindsight.postmortem.application;

import io.hindsight.platform.search.SearchResult;
import io.hindsight.platform.search.SearchSource;
import io.hindsight.security.application.CallerIdentity;
import io.hindsight.security.domain.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Post-mortems in the one search of {@code /api/v1/search} and the search page, as results of kind
 * {@value PostmortemSearch#KIND}; restricted incidents' post-mortems only for their responders.
 * Post-mortems belong to no runbook repository: a search limited to one finds none.
 */
@ApplicationScoped
public class PostmortemSearchSource implements SearchSource {

  @Inject PostmortemSearch search;
  @Inject CallerIdentity identity;

  @Override
  public String kind() {
    return PostmortemSearch.KIND;
  }

  @Override
  public List<SearchResult> search(String query, int limit, Optional<String> repository) {
    if (repository.isPresent()) {
      return List.of();
    }
    return identity.signedIn().map(caller -> results(query, limit, caller)).orElse(List.of());
  }

  private List<SearchResult> results(String query, int limit, Caller caller) {
    return search.search(query, limit, caller).stream()
        .map(
            found -> {
              var postmortem = found.postmortem();
              String key = postmortem.key().value();
              return new SearchResult(
                  kind(),
                  key,
                  key + ": " + postmortem.title(),
                  found.hit().score(),
                  found.hit().snippet(),
                  "/postmortem.xhtml?key=" + key,
                  "/api/v1/postmortems/" + key,
                  Map.of(
                      "incident", postmortem.key().incident().value(),
                      "severity", postmortem.severity().name(),
                      "status", postmortem.status().name().toLowerCase(Locale.ROOT)));
            })
        .toList();
  }
}
