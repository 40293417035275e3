package io.hindsight.review;

import io.hindsight.review.application.ReviewAssigned;
import io.hindsight.review.application.ReviewDigestDue;
import io.hindsight.review.application.ReviewDigests;
import io.hindsight.review.application.ReviewRefresh;
import io.hindsight.review.application.ReviewReminderDue;
import io.hindsight.review.application.ReviewReminders;
import io.hindsight.runbook.domain.RepositoryKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Runs the review sweep's steps now, as its timer does: refreshes every repository's queue (or only
 * {@code ?repository=}'s) and announces the reminders due at {@code ?at=} (an instant; the clock
 * moved), or with {@code ?digest=true} the weekly digests of that instant's week instead. Answers
 * with the dedupe keys of every review event fired since the WAR started, one a line. Part of the
 * suite's WAR ({@code SuiteDeployment}), under {@code /api/} so that it takes an API token.
 */
@WebServlet("/api/it/review-sweep")
public class ReviewSweepTrigger extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ReviewRefresh refresh;
  @Inject transient ReviewReminders reminders;
  @Inject transient ReviewDigests digests;
  @Inject transient Recorder recorder;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String only = request.getParameter("repository");
    List<RepositoryKey> keys =
        only == null
            ? refresh.repositoryKeys()
            : RepositoryKey.parse(only).map(List::of).orElse(List.of());
    for (RepositoryKey key : keys) {
      refresh.repository(key);
    }
    String at = request.getParameter("at");
    Instant now = at == null ? Instant.now() : Instant.parse(at);
    if ("true".equals(request.getParameter("digest"))) {
      digests.announce(now);
    } else {
      reminders.announce(now);
    }
    events(response);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    events(response);
  }

  private void events(HttpServletResponse response) throws IOException {
    response.setContentType("text/plain");
    response.getWriter().write(String.join("\n", recorder.keys()));
  }

  /** Keeps the dedupe key of every review event fired. */
  @ApplicationScoped
  public static class Recorder {

    private final List<String> keys = new CopyOnWriteArrayList<>();

    public List<String> keys() {
      return List.copyOf(keys);
    }

    void reminded(@Observes ReviewReminderDue due) {
      keys.add(due.dedupeKey() + " " + due.assignee().map(u -> u.value()).orElse("-"));
    }

    void assigned(@Observes ReviewAssigned assigned) {
      keys.add(assigned.dedupeKey());
    }

    void digested(@Observes ReviewDigestDue digest) {
      keys.add(digest.digest().dedupeKey());
    }
  }
}
