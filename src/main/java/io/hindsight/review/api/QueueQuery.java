package io.hindsight.review.api;

import io.hindsight.platform.api.QueryParameters;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.review.application.QueueFilter;
import io.hindsight.review.application.QueueOrder;
import io.hindsight.review.domain.ReasonKind;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.security.domain.Username;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The review queue's filters and order as the query parameters of {@code GET /reviews} say. */
final class QueueQuery {

  static final Set<String> NAMES =
      Set.of(
          "mine",
          "unassigned",
          "repository",
          "owner",
          "reason",
          "overdue",
          "dueThisWeek",
          "all",
          "sort",
          "page",
          "size");

  private QueueQuery() {}

  static QueueFilter filter(QueryParameters query, Username caller) {
    return new QueueFilter(
        query.bool("mine").orElse(false) ? Optional.of(caller) : Optional.empty(),
        query.bool("unassigned").orElse(false),
        query.one("repository").map(QueueQuery::repository),
        query.one("owner").map(String::strip).filter(owner -> !owner.isEmpty()),
        query
            .one("reason")
            .map(
                raw ->
                    ReasonKind.parse(raw)
                        .orElseThrow(
                            () -> FieldRefused.field("reason", "must be one of " + reasonCodes()))),
        query.bool("overdue").orElse(false),
        query.bool("dueThisWeek").orElse(false),
        query.bool("all").orElse(false));
  }

  static QueueOrder order(QueryParameters query) {
    return query
        .one("sort")
        .map(
            raw ->
                QueueOrder.parse(raw)
                    .orElseThrow(
                        () ->
                            FieldRefused.field(
                                "sort", "must be urgency, title, repository or last-review")))
        .orElse(QueueOrder.URGENCY);
  }

  static RepositoryKey repository(String raw) {
    return RepositoryKey.parse(raw)
        .orElseThrow(() -> FieldRefused.field("repository", "must be a repository key"));
  }

  private static String reasonCodes() {
    return String.join(", ", Arrays.stream(ReasonKind.values()).map(ReasonKind::code).toList());
  }
}
