package io.hindsight.platform.metrics;

import java.util.Optional;

/**
 * The route a request is counted under: the API's path template when a resource answered it, the
 * page for a Faces view, and a few fixed names for everything else, so that a stranger requesting
 * made-up paths cannot create new time series.
 */
public final class RouteName {

  /** The request attribute the API's route filter leaves for the metrics filter. */
  public static final String ATTRIBUTE = "io.hindsight.route";

  private RouteName() {}

  /**
   * @param template the matched API template, if an API resource answered
   * @param path the request path inside the application
   * @param status the answer's status
   */
  public static String of(Optional<String> template, String path, int status) {
    if (template.isPresent()) {
      return template.get();
    }
    if (path.startsWith("/api/")) {
      return "/api/unmatched";
    }
    if (status == 404) {
      return "unmatched";
    }
    if (path.endsWith(".xhtml") && path.indexOf('/', 1) < 0) {
      return path;
    }
    if (path.startsWith("/admin/") && path.endsWith(".xhtml")) {
      return path;
    }
    if (path.equals("/") || path.isEmpty()) {
      return "/";
    }
    if (path.startsWith("/static/") || path.startsWith("/jakarta.faces.resource/")) {
      return "static";
    }
    return "other";
  }

  /** An API template with the application path and no duplicate or trailing slashes. */
  public static String template(String applicationPath, String classPath, String methodPath) {
    String joined =
        "/" + applicationPath + "/" + classPath + "/" + (methodPath == null ? "" : methodPath);
    String collapsed = joined.replaceAll("/{2,}", "/");
    return collapsed.length() > 1 && collapsed.endsWith("/")
        ? collapsed.substring(0, collapsed.length() - 1)
        : collapsed;
  }
}
