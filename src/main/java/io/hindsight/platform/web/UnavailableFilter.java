package io.hindsight.platform.web;

import io.hindsight.platform.refusal.Unavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Answers a page or servlet that this node cannot serve yet ({@link Unavailable}, wrapped however
 * Faces wrapped it) with 503, Retry-After and a short page saying to try again, instead of the
 * generic 500 page. The API answers the same refusal as problem+json through its own mapper.
 */
@WebFilter(filterName = "unavailable", asyncSupported = true)
public class UnavailableFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      Optional<Unavailable> unavailable = unavailable(e);
      if (unavailable.isEmpty() || response.isCommitted()) {
        throw e;
      }
      respond(response, unavailable.get());
    }
  }

  static Optional<Unavailable> unavailable(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = next(cause)) {
      if (cause instanceof Unavailable unavailable) {
        return Optional.of(unavailable);
      }
    }
    return Optional.empty();
  }

  private static Throwable next(Throwable cause) {
    Throwable next =
        cause instanceof ServletException servlet && servlet.getRootCause() != null
            ? servlet.getRootCause()
            : cause.getCause();
    return next == cause ? null : next;
  }

  private static void respond(HttpServletResponse response, Unavailable unavailable)
      throws IOException {
    response.resetBuffer();
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", unavailable.retryAfterSeconds());
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n"
                + "  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "  <meta http-equiv=\"refresh\" content=\""
                + unavailable.retryAfterSeconds()
                + "\">\n  <title>Back in a moment · Hindsight</title>\n"
                + "  <link rel=\"stylesheet\" href=\"/static/hindsight.css\">\n</head>\n<body>\n"
                + "  <main class=\"page narrow\">\n    <h1>Back in a moment</h1>\n    <p>"
                + Html.escape(unavailable.getMessage())
                + "</p>\n    <p>This page reloads by itself in "
                + unavailable.retryAfterSeconds()
                + " seconds.</p>\n    <p><a href=\"/\">Back to Hindsight</a></p>\n  </main>\n"
                + "</body>\n</html>\n");
  }

  /** The few characters that matter in element text. */
  private static final class Html {
    static String escape(String text) {
      return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
  }
}
