package io.hindsight.security.web;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.web.ProblemResponses;
import io.hindsight.security.application.AuditExport;
import io.hindsight.security.application.AuditLog;
import io.hindsight.security.domain.AuditFilter;
import io.hindsight.security.domain.Role;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code /admin/audit-export?format=csv|json&…}: the audit page's filtered trail as a file, for a
 * signed-in admin (the API's export needs a token; the page has a session).
 */
@WebServlet(name = "auditExport", urlPatterns = "/admin/audit-export")
public class AuditExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient AuditLog log;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!request.isUserInRole(Role.ADMIN.groupName())) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    Optional<AuditExport> format = AuditExport.parse(request.getParameter("format"));
    AuditFilter filter;
    try {
      filter =
          AuditFilter.parse(
              name -> Optional.ofNullable(request.getParameter(name)).filter(v -> !v.isBlank()));
    } catch (FieldRefused bad) {
      refuse(response, bad.getMessage());
      return;
    }
    if (format.isEmpty()) {
      refuse(response, "The format must be csv or json.");
      return;
    }
    byte[] body = format.get().write(log.export(filter)).getBytes(StandardCharsets.UTF_8);
    response.setContentType(format.get().mediaType());
    response.setCharacterEncoding("UTF-8");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + format.get().fileName() + "\"");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static void refuse(HttpServletResponse response, String message) throws IOException {
    ProblemResponses.write(response, HttpServletResponse.SC_BAD_REQUEST, "Bad Request", message);
  }
}
