package io.hindsight.security.web;

import jakarta.servlet.http.HttpServletRequest;

/** The peer address of a request, as the throttle key for failed logins. */
final class ClientAddress {

  private ClientAddress() {}

  static String of(HttpServletRequest request) {
    return "ip:" + request.getRemoteAddr();
  }
}
