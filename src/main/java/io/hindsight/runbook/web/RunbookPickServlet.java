package io.hindsight.runbook.web;

import io.hindsight.platform.json.Jsonp;
import io.hindsight.runbook.application.RunbookPicker;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Runbooks across repositories whose title or path contains what was typed, for pickers that search
 * as one types ({@code static/runbook-picker.js}): {@code /runbook-pick?q=disk}.
 */
@WebServlet(name = "runbookPick", urlPatterns = "/runbook-pick")
public class RunbookPickServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final int MAX_QUERY = 200;

  @Inject transient RunbookPicker picker;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String typed = request.getParameter("q");
    if (typed == null || typed.length() > MAX_QUERY || typed.chars().anyMatch(c -> c < 0x20)) {
      response.sendError(
          HttpServletResponse.SC_BAD_REQUEST, "Give q: up to 200 characters of a runbook title.");
      return;
    }
    JsonArrayBuilder picks = Jsonp.array();
    for (RunbookPicker.Pick pick : picker.find(typed, RunbookPicker.MAX)) {
      picks.add(
          Jsonp.object()
              .add("ref", pick.repository().value() + "/" + pick.path().value())
              .add("repository", pick.repository().value())
              .add("path", pick.path().value())
              .add("title", pick.title()));
    }
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    Jsonp.writer(response.getWriter()).writeArray(picks.build());
  }
}
