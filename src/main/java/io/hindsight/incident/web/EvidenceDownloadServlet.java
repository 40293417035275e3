package io.hindsight.incident.web;

import io.hindsight.incident.application.EvidenceService;
import io.hindsight.incident.application.EvidenceStore;
import io.hindsight.incident.domain.Evidence;
import io.hindsight.incident.domain.IncidentKey;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.security.application.CallerIdentity;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Evidence files for the signed-in browser, from the incident page: {@code
 * /evidence?key=INC-…&id=…}. The same visibility rules as the API: a restricted incident's files
 * are 404 to everyone but its responders and admins.
 */
@WebServlet(name = "evidenceDownload", urlPatterns = "/evidence")
public class EvidenceDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient EvidenceService evidence;
  @Inject transient EvidenceStore store;
  @Inject transient CallerIdentity identity;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<IncidentKey> key = IncidentKey.parse(request.getParameter("key"));
    Optional<Long> id = number(request.getParameter("id"));
    if (key.isEmpty() || id.isEmpty()) {
      response.sendError(
          HttpServletResponse.SC_BAD_REQUEST, "Give an incident key and an evidence id.");
      return;
    }
    Optional<Evidence> file;
    try {
      file = evidence.find(key.get(), id.get(), identity.caller());
    } catch (NotFound hidden) {
      file = Optional.empty();
    }
    Optional<InputStream> content = file.flatMap(e -> store.open(e.sha256()));
    if (content.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Evidence found = file.get();
    response.setContentType(found.type().mediaType());
    response.setContentLengthLong(found.sizeBytes());
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + found.fileName().value() + "\"");
    response.setHeader("X-Content-SHA256", found.sha256().hex());
    try (InputStream in = content.get()) {
      in.transferTo(response.getOutputStream());
    }
  }

  private static Optional<Long> number(String value) {
    if (value == null || !value.matches("[0-9]{1,18}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(value));
  }
}
