package io.hindsight.security.web;

import io.hindsight.platform.web.RequestPaths;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * Where a person whose password must be changed (the generated administrator password) may go
 * before changing it: the account page, and what that page needs to show itself. Every other page
 * redirects to the account page; the API refuses a token (see {@link ApiAuthentication}).
 */
final class PasswordChangeFirst {

  static final String ACCOUNT_PAGE = "/account.xhtml";

  private static final List<String> ALLOWED_FOLDERS =
      List.of("/static/", "/jakarta.faces.resource/", "/error/");

  private PasswordChangeFirst() {}

  static boolean allows(HttpServletRequest request) {
    String path = RequestPaths.of(request);
    return path.equals(ACCOUNT_PAGE) || ALLOWED_FOLDERS.stream().anyMatch(path::startsWith);
  }
}
