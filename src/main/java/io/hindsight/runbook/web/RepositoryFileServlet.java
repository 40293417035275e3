package io.hindsight.runbook.web;

import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.web.ProblemResponses;
import io.hindsight.runbook.application.RepositoryImages;
import io.hindsight.runbook.domain.InvalidRunbookPathException;
import io.hindsight.runbook.domain.RepositoryFilePath;
import io.hindsight.runbook.domain.RepositoryKey;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Images of runbook repositories for rendered runbooks: {@code /runbook-file?repo=…&path=…}. Only
 * the image types of {@link io.hindsight.runbook.domain.ImageType}; paths are checked like runbook
 * paths before Git is asked.
 */
@WebServlet(name = "runbookFile", urlPatterns = "/runbook-file")
public class RepositoryFileServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient RepositoryImages images;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<RepositoryKey> key = RunbookAddress.key(request.getParameter("repo"));
    if (key.isEmpty()) {
      problem(response, 400, "Bad Request", "The repository name is missing or malformed.");
      return;
    }
    RepositoryFilePath path;
    try {
      path = RepositoryFilePath.of(request.getParameter("path"));
    } catch (InvalidRunbookPathException invalid) {
      problem(response, 400, "Bad Request", invalid.getMessage());
      return;
    }
    Optional<RepositoryImages.Image> image;
    try {
      image = images.read(key.get(), path);
    } catch (NotFound unknown) {
      problem(response, 404, "Not Found", unknown.getMessage());
      return;
    }
    if (image.isEmpty()) {
      problem(
          response,
          404,
          "Not Found",
          "There is no image "
              + path
              + " in the runbook folder of "
              + key.get()
              + " (only png, jpeg, gif, webp, avif,"
              + " bmp and ico images up to 10 MB are served).");
      return;
    }
    byte[] bytes = image.get().bytes();
    response.setContentType(image.get().type().mediaType());
    response.setContentLength(bytes.length);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Disposition", "inline");
    response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    response.setHeader("Cache-Control", "private, max-age=300");
    response.getOutputStream().write(bytes);
  }

  private static void problem(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    ProblemResponses.write(response, status, title, detail);
  }
}
