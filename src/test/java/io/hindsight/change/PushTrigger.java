package io.hindsight.change;

import io.hindsight.change.application.BranchCatchUp;
import io.hindsight.change.application.PushWorker;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Runs the push worker now, as its timer does, and answers how many pushes it attempted; with
 * {@code ?retry=now} also the pushes waiting for their retry time; with {@code ?branches=behind}
 * the change branches the remote has behind instead ({@link BranchCatchUp}), answering how many it
 * pushed. Part of the suite's WAR ({@code SuiteDeployment}), under {@code /api/} so that it takes
 * an API token.
 */
@WebServlet("/api/it/push-worker")
public class PushTrigger extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient PushWorker worker;
  @Inject transient BranchCatchUp branches;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int attempted =
        "behind".equals(request.getParameter("branches"))
            ? branches.pushBehind()
            : worker.drainNow("now".equals(request.getParameter("retry")));
    response.setContentType("text/plain");
    response.getWriter().print(attempted);
  }
}
