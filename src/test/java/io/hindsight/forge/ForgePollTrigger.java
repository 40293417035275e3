package io.hindsight.forge;

import io.hindsight.forge.application.PullRequestPoll;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Runs the forge poll now, through the EJB as its timer does, and answers with what the run did
 * ({@code asked merged closed failed}). Part of the suite's WAR ({@code SuiteDeployment}), under
 * {@code /api/} so that it takes an API token.
 */
@WebServlet("/api/it/forge-poll")
public class ForgePollTrigger extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient PullRequestPoll poll;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PullRequestPoll.Run run = poll.poll();
    response.setContentType("text/plain");
    response
        .getWriter()
        .write(run.asked() + " " + run.merged() + " " + run.closed() + " " + run.failed());
  }
}
