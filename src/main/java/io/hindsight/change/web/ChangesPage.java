package io.hindsight.change.web;

import io.hindsight.change.application.ChangeFilter;
import io.hindsight.change.application.ChangeSummary;
import io.hindsight.change.application.ChangeViews;
import io.hindsight.change.domain.ChangeState;
import io.hindsight.platform.paging.ResultPage;
import io.hindsight.security.application.CallerIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** The "Changes" list: in review, mine, to review, merged, or all. */
@Named
@RequestScoped
public class ChangesPage {

  @Inject ChangeViews views;
  @Inject CallerIdentity identity;

  private String tab = "review";
  private ResultPage<ChangeSummary> page;

  public ResultPage<ChangeSummary> getPage() {
    if (page == null) {
      ChangeFilter all = ChangeFilter.all();
      ChangeFilter filter =
          switch (tab) {
            case "mine" ->
                new ChangeFilter(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(identity.username()),
                    Optional.empty());
            case "to-review" ->
                new ChangeFilter(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(identity.username()));
            case "merged" ->
                new ChangeFilter(
                    Optional.of(ChangeState.MERGED),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty());
            case "all" -> all;
            default ->
                new ChangeFilter(
                    Optional.of(ChangeState.IN_REVIEW),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty());
          };
      page = views.list(filter, 0, 100);
    }
    return page;
  }

  public String getTab() {
    return tab;
  }

  public void setTab(String tab) {
    this.tab = tab == null ? "review" : tab;
  }
}
