package io.hindsight.postmortem.web;

import io.hindsight.platform.refusal.NotFound;
import io.hindsight.postmortem.application.PostmortemService;
import io.hindsight.postmortem.domain.Postmortem;
import io.hindsight.postmortem.domain.PostmortemKey;
import io.hindsight.security.application.CallerIdentity;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The Markdown export for the signed-in browser: {@code /postmortems/PM-….md}. The same visibility
 * rules as the API: a post-mortem of a restricted incident is 404 to outsiders.
 */
@WebServlet(name = "postmortemExport", urlPatterns = "/postmortems/*")
public class PostmortemExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient PostmortemService service;
  @Inject transient CallerIdentity identity;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = Optional.ofNullable(request.getPathInfo()).orElse("");
    Optional<PostmortemKey> key =
        path.startsWith("/") && path.endsWith(".md")
            ? PostmortemKey.parse(path.substring(1, path.length() - 3))
            : Optional.empty();
    if (key.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String document;
    try {
      Postmortem postmortem = service.visible(key.get(), identity.caller());
      document = service.document(postmortem);
    } catch (NotFound hidden) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/markdown; charset=UTF-8");
    response.setContentLength(bytes.length);
    response.setHeader("Content-Disposition", "attachment; filename=\"" + key.get() + ".md\"");
    response.getOutputStream().write(bytes);
  }
}
