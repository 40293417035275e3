package io.hindsight.postmortem.web;

import io.hindsight.platform.search.FullTextQuery;
import io.hindsight.postmortem.application.PostmortemSearch;
import io.hindsight.security.application.CallerIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The post-mortems the search page finds for its words, among those the user may see. */
@Named
@RequestScoped
public class PostmortemSearchResults {

  private static final int RESULTS = 20;

  @Inject PostmortemSearch search;
  @Inject CallerIdentity identity;

  private String searched;
  private List<PostmortemSearch.Hit> hits = List.of();

  public List<PostmortemSearch.Hit> of(String q) {
    if (q == null || q.isBlank() || q.length() > FullTextQuery.MAX_QUERY_LENGTH) {
      return List.of();
    }
    if (!q.equals(searched)) {
      hits = search.search(q, RESULTS, identity.caller());
      searched = q;
    }
    return hits;
  }
}
