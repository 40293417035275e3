package io.hindsight.platform.web;

import io.hindsight.platform.refusal.PayloadTooLargeException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Refuses request bodies over 1 MiB before anything reads them: 413, as problem+json for the API
 * and as a short page for forms. Bodies without a declared length are counted while they are read.
 */
@WebFilter(filterName = "requestSizeLimit", asyncSupported = true)
public class RequestSizeLimitFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  public static final long LIMIT_BYTES = 1024 * 1024;

  /** Evidence files may be up to 10 MiB; a multipart form adds a little around them. */
  public static final long EVIDENCE_LIMIT_BYTES = 10L * 1024 * 1024 + 64 * 1024;

  private static final Pattern EVIDENCE_PATHS =
      Pattern.compile("/api/v1/incidents/[^/]+/evidence/?|/incident\\.xhtml");

  /**
   * The post-mortem editor posts every section at once: 300,000 characters of text whose characters
   * take three bytes in UTF-8 and nine once form-encoded, with the view state besides.
   */
  public static final long EDITOR_LIMIT_BYTES = 8L * 1024 * 1024;

  private static final String EDITOR_PATH = "/postmortem.xhtml";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long limit = limitFor(request);
    if (request.getContentLengthLong() > limit) {
      discardBody(request);
      refuse(request, response, limit);
      return;
    }
    if (isFormWithoutLength(request)) {
      response.sendError(
          HttpServletResponse.SC_LENGTH_REQUIRED, "Forms must be sent with a Content-Length.");
      return;
    }
    chain.doFilter(new BoundedRequest(request, limit), response);
  }

  static long limitFor(HttpServletRequest request) {
    String path = RequestPaths.of(request);
    if (EVIDENCE_PATHS.matcher(path).matches()) {
      return EVIDENCE_LIMIT_BYTES;
    }
    return path.equals(EDITOR_PATH) ? EDITOR_LIMIT_BYTES : LIMIT_BYTES;
  }

  /**
   * Form fields are read by the container, past the counting stream, so their length must be
   * declared.
   */
  private static boolean isFormWithoutLength(HttpServletRequest request) {
    String type = request.getContentType();
    return request.getContentLengthLong() < 0
        && type != null
        && (type.startsWith("application/x-www-form-urlencoded")
            || type.startsWith("multipart/form-data"));
  }

  /**
   * Reads what the client sends (the server's own post limit bounds it) so that it sees the answer
   * instead of a reset connection.
   */
  private static void discardBody(HttpServletRequest request) {
    byte[] buffer = new byte[64 * 1024];
    try (var in = request.getInputStream()) {
      while (in.read(buffer) >= 0) {
        // discarded
      }
    } catch (IOException ignored) {
      // The client went away or passed the server's own limit; the answer is the same.
    }
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, long limit)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Connection", "close");
    if (RequestPaths.isApi(request)) {
      ProblemResponses.write(
          response,
          HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          "Request Entity Too Large",
          "The request body is larger than " + limit + " bytes.");
    } else {
      response.setContentType("text/html");
      response
          .getWriter()
          .write(
              "<!DOCTYPE html><html lang=\"en\"><head><title>Too large · Hindsight</title></head>"
                  + "<body><h1>What you sent is too large</h1><p>This form accepts up to "
                  + Math.max(1, limit / (1024 * 1024))
                  + " MiB. Shorten the text or send a smaller file and try again.</p><p><a href=\"/\">Back to Hindsight</a></p></body></html>");
    }
  }

  private static final class BoundedRequest extends HttpServletRequestWrapper {

    private ServletInputStream stream;

    private final long limit;

    BoundedRequest(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new BoundedInputStream(super.getInputStream(), limit);
      }
      return stream;
    }
  }

  private static final class BoundedInputStream extends ServletInputStream {

    private final ServletInputStream delegate;
    private final long limit;
    private long count;

    BoundedInputStream(ServletInputStream delegate, long limit) {
      this.delegate = delegate;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = delegate.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = delegate.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws PayloadTooLargeException {
      count += n;
      if (count > limit) {
        throw new PayloadTooLargeException(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return delegate.isFinished();
    }

    @Override
    public boolean isReady() {
      return delegate.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      delegate.setReadListener(listener);
    }
  }
}
