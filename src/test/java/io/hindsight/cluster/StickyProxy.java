package io.hindsight.cluster;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small reverse proxy in front of the nodes, as an operator's HAProxy with {@code cookie insert}:
 * a client without the {@value #COOKIE} cookie goes to the next node in turn and is told which one
 * answered; a client with it goes back to that node, and to another when that node is down. It
 * passes the client's Host header on, as HAProxy does, so that the nodes' same-origin check of form
 * posts sees the proxy's address (the test JVM allows the header: {@code
 * jdk.httpclient.allowRestrictedHeaders=host}).
 */
final class StickyProxy implements AutoCloseable {

  static final String COOKIE = "HINDSIGHT_NODE";

  private static final Set<String> HOP_BY_HOP =
      Set.of(
          "connection",
          "content-length",
          "keep-alive",
          "transfer-encoding",
          "upgrade",
          "expect",
          "te",
          "trailer");

  private final List<ClusterNode> nodes;
  private final HttpServer server;
  private final HttpClient client =
      HttpClient.newBuilder()
          // HTTP/1.1 as HAProxy speaks to its backends: an h2c upgrade would replace the Host
          // header passed on with the node's own authority.
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(2))
          .build();
  private final AtomicInteger next = new AtomicInteger();

  StickyProxy(List<ClusterNode> nodes) throws IOException {
    this.nodes = List.copyOf(nodes);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::forward);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.start();
  }

  URL base() {
    try {
      return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/").toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      int first = stuckTo(exchange).orElseGet(() -> Math.floorMod(next.getAndIncrement(), 2));
      for (int attempt = 0; attempt < nodes.size(); attempt++) {
        int index = (first + attempt) % nodes.size();
        try {
          HttpResponse<InputStream> reply = send(exchange, body, nodes.get(index));
          answer(exchange, reply, index);
          return;
        } catch (IOException down) {
          // The node does not answer: the next one takes the request.
        }
      }
      exchange.sendResponseHeaders(502, -1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Optional<Integer> stuckTo(HttpExchange exchange) {
    for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
      for (String cookie : header.split(";")) {
        String[] pair = cookie.strip().split("=", 2);
        if (pair.length == 2 && pair[0].equals(COOKIE) && pair[1].matches("[0-9]")) {
          return Optional.of(Integer.parseInt(pair[1]) % nodes.size());
        }
      }
    }
    return Optional.empty();
  }

  private HttpResponse<InputStream> send(HttpExchange exchange, byte[] body, ClusterNode node)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(node.base() + exchange.getRequestURI().toString().substring(1)))
            .timeout(Duration.ofMinutes(1))
            .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
              }
            });
    request.header("X-Forwarded-For", exchange.getRemoteAddress().getAddress().getHostAddress());
    return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
  }

  private void answer(HttpExchange exchange, HttpResponse<InputStream> reply, int index)
      throws IOException {
    String nodeBase = nodes.get(index).base().toString();
    reply
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                values.forEach(
                    value ->
                        exchange
                            .getResponseHeaders()
                            .add(name, value.replace(nodeBase, base().toString())));
              }
            });
    exchange.getResponseHeaders().add("Set-Cookie", COOKIE + "=" + index + "; Path=/");
    exchange.getResponseHeaders().add("X-Hindsight-Node", nodes.get(index).name());
    try (InputStream in = reply.body()) {
      byte[] bytes = in.readAllBytes();
      boolean empty = bytes.length == 0;
      exchange.sendResponseHeaders(reply.statusCode(), empty ? -1 : bytes.length);
      if (!empty) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
