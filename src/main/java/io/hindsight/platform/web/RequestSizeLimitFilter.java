package io.hindsight.platform.web;

import io.hindsight.platform.api.PayloadTooLargeException;
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

/**
 * Refuses request bodies over 1 MiB before anything reads them: 413, as problem+json for the API
 * and as a short page for forms. Bodies without a declared length are counted while they are read.
 */
@WebFilter(filterName = "requestSizeLimit", asyncSupported = true)
public class RequestSizeLimitFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  public static final long LIMIT_BYTES = 1024 * 1024;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getContentLengthLong() > LIMIT_BYTES) {
      discardBody(request);
      refuse(request, response);
      return;
    }
    if (isFormWithoutLength(request)) {
      response.sendError(
          HttpServletResponse.SC_LENGTH_REQUIRED, "Forms must be sent with a Content-Length.");
      return;
    }
    chain.doFilter(new BoundedRequest(request), response);
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

  private static void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Connection", "close");
    if (RequestPaths.isApi(request)) {
      ProblemResponses.write(
          response,
          HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          "Request Entity Too Large",
          "The request body is larger than " + LIMIT_BYTES + " bytes.");
    } else {
      response.setContentType("text/html");
      response
          .getWriter()
          .write(
              "<!DOCTYPE html><html lang=\"en\"><head><title>Too large · Hindsight</title></head>"
                  + "<body><h1>What you sent is too large</h1><p>Forms accept up to 1 MiB. Shorten the"
                  + " text and try again.</p><p><a href=\"/\">Back to Hindsight</a></p></body></html>");
    }
  }

  private static final class BoundedRequest extends HttpServletRequestWrapper {

    private ServletInputStream stream;

    BoundedRequest(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new BoundedInputStream(super.getInputStream());
      }
      return stream;
    }
  }

  private static final class BoundedInputStream extends ServletInputStream {

    private final ServletInputStream delegate;
    private long count;

    BoundedInputStream(ServletInputStream delegate) {
      this.delegate = delegate;
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
      if (count > LIMIT_BYTES) {
        throw new PayloadTooLargeException(LIMIT_BYTES);
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
