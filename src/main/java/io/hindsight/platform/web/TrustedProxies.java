package io.hindsight.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reverse proxies the operator trusts ({@code hindsight.http.trusted-proxies}, addresses
 * separated by commas; none by default). Only a request that arrives from one of them may say, in
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto}, who the client is and whether it used
 * HTTPS; from anyone else these headers are ignored, since a client can write them.
 */
@ApplicationScoped
public class TrustedProxies {

  /** An IPv4 or IPv6 address as proxies write it; anything else is not believed. */
  private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f.:]{2,45}");

  private Set<String> trusted = Set.of();

  @Inject
  void configure(
      @ConfigProperty(name = "hindsight.http.trusted-proxies") Optional<List<String>> proxies) {
    this.trusted = of(proxies.orElse(List.of()));
  }

  static Set<String> of(List<String> proxies) {
    return proxies.stream()
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .collect(Collectors.toSet());
  }

  /** The client's address: the peer, or the last address a trusted proxy chain forwarded. */
  public String clientAddress(HttpServletRequest request) {
    return clientAddress(trusted, request.getRemoteAddr(), request.getHeaders("X-Forwarded-For"));
  }

  /** Whether the client used HTTPS: on the connection, or as a trusted proxy says. */
  public boolean secure(HttpServletRequest request) {
    if (request.isSecure()) {
      return true;
    }
    String proto = request.getHeader("X-Forwarded-Proto");
    return trusted.contains(request.getRemoteAddr()) && "https".equalsIgnoreCase(strip(proto));
  }

  static String clientAddress(
      Set<String> trusted, String peer, Enumeration<String> forwardedHeaders) {
    if (!trusted.contains(peer) || forwardedHeaders == null) {
      return peer;
    }
    List<String> hops =
        Collections.list(forwardedHeaders).stream()
            .flatMap(header -> Arrays.stream(header.split(",")))
            .map(String::strip)
            .filter(hop -> !hop.isEmpty())
            .toList();
    String client = peer;
    for (int i = hops.size() - 1; i >= 0; i--) {
      if (!ADDRESS.matcher(hops.get(i)).matches()) {
        return client;
      }
      client = hops.get(i);
      if (!trusted.contains(client)) {
        return client;
      }
    }
    return client;
  }

  private static String strip(String value) {
    return value == null ? "" : value.strip();
  }
}
