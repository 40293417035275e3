package io.hindsight.postmortem.application;

import io.hindsight.incident.domain.IncidentKey;
import io.hindsight.incident.domain.Severity;
import io.hindsight.postmortem.domain.DueState;
import io.hindsight.postmortem.domain.PostmortemStatus;
import io.hindsight.security.domain.Username;
import java.util.Optional;

/** What a list of post-mortems is narrowed to; every part optional. */
public record PostmortemFilter(
    Optional<IncidentKey> incident,
    Optional<PostmortemStatus> status,
    Optional<DueState> due,
    Optional<Severity> severity,
    Optional<Username> author,
    Optional<Username> reviewer) {

  public static PostmortemFilter all() {
    return new PostmortemFilter(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public PostmortemFilter withReviewer(Username user) {
    return new PostmortemFilter(incident, status, due, severity, author, Optional.of(user));
  }

  public PostmortemFilter withAuthor(Username user) {
    return new PostmortemFilter(incident, status, due, severity, Optional.of(user), reviewer);
  }
}
