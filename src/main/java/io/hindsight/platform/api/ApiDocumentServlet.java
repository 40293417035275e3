package io.hindsight.platform.api;

import io.hindsight.platform.web.RequestPaths;
import io.smallrye.openapi.api.SmallRyeOpenAPI;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;

/**
 * The OpenAPI document at {@code /openapi}, behind sign-in like every other page (a token for API
 * tools, the session for people). WildFly's own endpoint is turned off ({@code
 * mp.openapi.extensions.enabled=false}): it answers everyone, with {@code
 * Access-Control-Allow-Origin: *} and credentials allowed. The document is built once, by the same
 * SmallRye scanner WildFly uses, from Hindsight's classes and {@code mp.openapi.*} settings (so
 * {@link ApiContractFilter} completes it), and served without CORS headers: only Hindsight's own
 * pages may read it from a browser.
 */
@WebServlet(urlPatterns = RequestPaths.API_DOCUMENT, loadOnStartup = 1)
public class ApiDocumentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final String CLASSES = "/WEB-INF/classes/";

  private transient String json;
  private transient String yaml;

  @Override
  public void init() throws ServletException {
    ClassLoader application = Thread.currentThread().getContextClassLoader();
    SmallRyeOpenAPI document =
        SmallRyeOpenAPI.builder()
            .withConfig(ConfigProvider.getConfig(application))
            .withIndex(index(getServletContext()))
            .withApplicationClassLoader(application)
            .withScannerClassLoader(SmallRyeOpenAPI.class.getClassLoader())
            .build();
    json = document.toJSON();
    yaml = document.toYAML();
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean asJson = wantsJson(request);
    response.setContentType(asJson ? "application/json" : "application/yaml");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(asJson ? json : yaml);
  }

  /** As WildFly's endpoint: JSON for {@code ?format=JSON} or an Accept of JSON, else YAML. */
  private static boolean wantsJson(HttpServletRequest request) {
    String format = request.getParameter("format");
    if (format != null) {
      return "json".equalsIgnoreCase(format);
    }
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains("json");
  }

  private static Index index(ServletContext context) {
    Indexer indexer = new Indexer();
    addClasses(context, CLASSES, indexer);
    return indexer.complete();
  }

  private static void addClasses(ServletContext context, String folder, Indexer indexer) {
    Set<String> entries = context.getResourcePaths(folder);
    if (entries == null) {
      return;
    }
    for (String entry : entries) {
      if (entry.endsWith("/")) {
        addClasses(context, entry, indexer);
      } else if (entry.endsWith(".class")) {
        try (InputStream bytes = context.getResourceAsStream(entry)) {
          indexer.index(bytes);
        } catch (IOException unreadable) {
          throw new UncheckedIOException(entry, unreadable);
        }
      }
    }
  }
}
