package io.hindsight.platform.web;

import io.hindsight.platform.json.Jsonp;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes a problem+json body where JAX-RS is not involved: authentication and servlet filters. */
public final class ProblemResponses {

  private ProblemResponses() {}

  public static void write(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            Jsonp.object()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .add("errors", Jsonp.array())
                .build()
                .toString());
  }
}
