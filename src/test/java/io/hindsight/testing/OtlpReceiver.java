package io.hindsight.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * A minimal OpenTelemetry collector: accepts OTLP/HTTP protobuf at {@code POST /v1/traces}, as an
 * exporter sends to a real collector, and keeps the spans it received last. {@link SuiteCollector}
 * runs one for the whole integration suite.
 */
public final class OtlpReceiver implements AutoCloseable {

  /** One received span with what the tests look at; ids in lower-case hex. */
  public record ReceivedSpan(
      String service,
      String name,
      String kind,
      String traceId,
      String spanId,
      String parentSpanId,
      String status,
      Map<String, String> attributes) {

    public String attribute(String key) {
      return attributes.get(key);
    }
  }

  /** Enough for the spans of the tests that look, not every span of a whole suite. */
  private static final int KEPT = 20_000;

  private final HttpServer server;
  private final ArrayDeque<ReceivedSpan> received = new ArrayDeque<>();
  private long count;

  public OtlpReceiver(int port) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/v1/traces", this::receive);
    server.start();
  }

  private void receive(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      ExportTraceServiceRequest request;
      try (InputStream in = body(exchange)) {
        request = ExportTraceServiceRequest.parseFrom(in);
      }
      for (ResourceSpans resource : request.getResourceSpansList()) {
        String service = attributes(resource.getResource().getAttributesList()).get("service.name");
        for (ScopeSpans scope : resource.getScopeSpansList()) {
          scope.getSpansList().forEach(span -> add(span(service, span)));
        }
      }
      exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
      exchange.sendResponseHeaders(200, -1);
    }
  }

  private static InputStream body(HttpExchange exchange) throws IOException {
    String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
    return "gzip".equalsIgnoreCase(encoding)
        ? new GZIPInputStream(exchange.getRequestBody())
        : exchange.getRequestBody();
  }

  private static ReceivedSpan span(String service, io.opentelemetry.proto.trace.v1.Span span) {
    HexFormat hex = HexFormat.of();
    return new ReceivedSpan(
        service,
        span.getName(),
        span.getKind().name(),
        hex.formatHex(span.getTraceId().toByteArray()),
        hex.formatHex(span.getSpanId().toByteArray()),
        hex.formatHex(span.getParentSpanId().toByteArray()),
        span.getStatus().getCode().name(),
        attributes(span.getAttributesList()));
  }

  private static Map<String, String> attributes(List<KeyValue> attributes) {
    return attributes.stream()
        .collect(Collectors.toMap(KeyValue::getKey, kv -> text(kv.getValue()), (a, b) -> b));
  }

  private static String text(AnyValue value) {
    return switch (value.getValueCase()) {
      case STRING_VALUE -> value.getStringValue();
      case INT_VALUE -> Long.toString(value.getIntValue());
      case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
      case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
      default -> value.toString();
    };
  }

  private synchronized void add(ReceivedSpan span) {
    if (received.size() == KEPT) {
      received.removeFirst();
    }
    received.addLast(span);
    count++;
    notifyAll();
  }

  /**
   * A mark before the work a test looks for: {@link #await} sees only spans that arrive after it.
   */
  public synchronized long mark() {
    return count;
  }

  /**
   * Waits until a span received after {@code mark} matches, as long as {@code timeout}: spans
   * arrive in batches, some hundred milliseconds after they end.
   */
  public synchronized ReceivedSpan await(
      long mark, Predicate<ReceivedSpan> wanted, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    long seen = mark;
    try {
      while (true) {
        long skip = Math.max(0, seen - (count - received.size()));
        Optional<ReceivedSpan> found = received.stream().skip(skip).filter(wanted).findFirst();
        if (found.isPresent()) {
          return found.get();
        }
        seen = count;
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(
              "No matching span arrived within "
                  + timeout
                  + "; received: "
                  + received.stream().map(ReceivedSpan::name).distinct().sorted().toList());
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while waiting for spans", e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
