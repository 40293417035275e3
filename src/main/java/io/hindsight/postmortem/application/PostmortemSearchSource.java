package io.hindsight.postmortem.application;

import io.hindsight.incident.application.Caller;
import io.hindsight.platform.search.SearchResult;
import io.hindsight.platform.search.SearchSource;
import io.hindsight.security.domain.Role;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Post-mortems in the one search of {@code /api/v1/search} and the search page, as results of kind
 * {@value PostmortemSearch#KIND}; restricted incidents' post-mortems only for their responders.
 */
@ApplicationScoped
public class PostmortemSearchSource implements SearchSource {

  @Inject PostmortemSearch search;
  @Inject SecurityContext security;

  @Override
  public String kind() {
    return PostmortemSearch.KIND;
  }

  @Override
  public List<SearchResult> search(String query, int limit) {
    if (security.getCallerPrincipal() == null) {
      return List.of();
    }
    Caller caller =
        new Caller(
            Username.of(security.getCallerPrincipal().getName()),
            security.isCallerInRole(Role.ADMIN.groupName()));
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
