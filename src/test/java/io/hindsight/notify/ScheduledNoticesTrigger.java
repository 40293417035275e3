package io.hindsight.notify;

import io.hindsight.incident.application.EscalationSweep;
import io.hindsight.notify.application.DeliveryWorker;
import io.hindsight.notify.application.ReminderSweep;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Runs the scheduled work of notifications now, through the beans its timers call, so that tests
 * never wait for a timer: {@code POST /api/it/notify/sweep[?at=instant]} runs the escalation and
 * reminder sweeps (the reminders as of {@code at}: the clock moved) and then the delivery worker;
 * {@code POST /api/it/notify/drain} runs the worker only. Each waits for a run of its timer in
 * progress, so that when it answers every message that was due has been attempted. Part of the
 * suite's WAR ({@code SuiteDeployment}), under {@code /api/} so that it takes an API token.
 */
@WebServlet("/api/it/notify/*")
public class ScheduledNoticesTrigger extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient EscalationSweep escalations;
  @Inject transient ReminderSweep reminders;
  @Inject transient DeliveryWorker worker;
  @Inject transient Clock clock;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String what = request.getPathInfo();
    if ("/sweep".equals(what)) {
      Instant at;
      try {
        String moved = request.getParameter("at");
        at = moved == null ? clock.instant() : Instant.parse(moved);
      } catch (DateTimeParseException e) {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST, "at: " + e.getMessage());
        return;
      }
      escalations.sweepNow();
      reminders.sweepNow(at);
    } else if (!"/drain".equals(what)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    int attempted = worker.drainNow();
    response.setContentType("text/plain");
    response.getWriter().print(attempted);
  }
}
