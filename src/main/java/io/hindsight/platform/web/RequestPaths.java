package io.hindsight.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The path of a request inside Hindsight as the container resolved it (servlet path plus path
 * info), never the raw request URI, whose encoded or parameter-laden spellings ({@code /%61pi/},
 * {@code /api/..;/x}) could route differently from how the container dispatches them.
 */
public final class RequestPaths {

  public static final String API_DOCUMENT = "/openapi";

  private RequestPaths() {}

  public static String of(HttpServletRequest request) {
    String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
    String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
    return servletPath + pathInfo;
  }

  public static boolean isApi(HttpServletRequest request) {
    return of(request).startsWith("/api/");
  }

  /** The OpenAPI document, served by Hindsight itself behind sign-in. */
  public static boolean isApiDocument(HttpServletRequest request) {
    return API_DOCUMENT.equals(of(request));
  }
}
