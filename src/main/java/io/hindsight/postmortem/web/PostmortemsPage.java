package io.hindsight.postmortem.web;

import io.hindsight.incident.domain.Severity;
import io.hindsight.platform.paging.ResultPage;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.postmortem.application.PostmortemFilter;
import io.hindsight.postmortem.application.PostmortemService;
import io.hindsight.postmortem.application.PostmortemView;
import io.hindsight.postmortem.application.PostmortemViews;
import io.hindsight.postmortem.domain.DueState;
import io.hindsight.postmortem.domain.Postmortem;
import io.hindsight.postmortem.domain.PostmortemStatus;
import io.hindsight.security.application.CallerIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The post-mortem list, filtered by the query string (status, due state, severity, mine as author,
 * awaiting my review); a bad filter value is reported and ignored.
 */
@Named
@RequestScoped
public class PostmortemsPage {

  static final int LIMIT = 200;

  @Inject PostmortemService service;
  @Inject PostmortemViews views;
  @Inject CallerIdentity identity;

  private String status;
  private String due;
  private String severity;
  private String mine;
  private String review;
  private List<PostmortemView> postmortems = List.of();
  private long total;

  public void load() {
    PostmortemFilter filter =
        new PostmortemFilter(
            Optional.empty(),
            choice("status", status, PostmortemStatus.class),
            choice("due", due, DueState.class),
            severity(),
            chosen(mine) ? Optional.of(identity.caller().username()) : Optional.empty(),
            chosen(review) ? Optional.of(identity.caller().username()) : Optional.empty());
    ResultPage<Postmortem> page = service.list(filter, identity.caller(), 0, LIMIT);
    postmortems = views.summaries(page.items());
    total = page.total();
  }

  private static boolean chosen(String flag) {
    return "true".equals(flag) || "on".equals(flag);
  }

  private <E extends Enum<E>> Optional<E> choice(String field, String raw, Class<E> type) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    Optional<E> value =
        Arrays.stream(type.getEnumConstants())
            .filter(v -> v.name().equalsIgnoreCase(raw.strip().replace('-', '_')))
            .findFirst();
    if (value.isEmpty()) {
      FacesMessages.error(
          "The "
              + field
              + " filter must be one of "
              + String.join(
                  ", ",
                  Arrays.stream(type.getEnumConstants())
                      .map(v -> v.name().toLowerCase(Locale.ROOT))
                      .toList())
              + "; it was ignored.");
      if ("status".equals(field)) {
        status = null;
      } else {
        due = null;
      }
    }
    return value;
  }

  private Optional<Severity> severity() {
    if (severity == null || severity.isBlank()) {
      return Optional.empty();
    }
    Optional<Severity> value = Severity.parse(severity.strip().toUpperCase(Locale.ROOT));
    if (value.isEmpty()) {
      FacesMessages.error("The severity filter must be one of P0, P1, P2, P3; it was ignored.");
      severity = null;
    }
    return value;
  }

  public List<PostmortemView> getPostmortems() {
    return postmortems;
  }

  public long getTotal() {
    return total;
  }

  public boolean isLimited() {
    return total > postmortems.size();
  }

  public List<PostmortemStatus> getStatuses() {
    return Arrays.asList(PostmortemStatus.values());
  }

  public List<Severity> getSeverities() {
    return Arrays.asList(Severity.values());
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getDue() {
    return due;
  }

  public void setDue(String due) {
    this.due = due;
  }

  public String getSeverity() {
    return severity;
  }

  public void setSeverity(String severity) {
    this.severity = severity;
  }

  public String getMine() {
    return mine;
  }

  public void setMine(String mine) {
    this.mine = mine;
  }

  public String getReview() {
    return review;
  }

  public void setReview(String review) {
    this.review = review;
  }
}
