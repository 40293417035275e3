package io.hindsight.runbook.api;

import io.hindsight.runbook.application.ScheduledRepositorySync;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Runs the scheduled sync of every repository now, through the EJB as its timer does; part of the
 * suite's WAR ({@code SuiteDeployment}), under {@code /api/} so that it takes an API token.
 */
@WebServlet("/api/it/scheduled-sync")
public class ScheduledSyncTrigger extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ScheduledRepositorySync schedule;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) {
    schedule.syncNow();
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}
