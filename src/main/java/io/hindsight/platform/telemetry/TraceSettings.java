package io.hindsight.platform.telemetry;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Hindsight's one trace setting, {@code HINDSIGHT_OTEL_ENDPOINT}: without it MicroProfile Telemetry
 * keeps the OpenTelemetry SDK disabled (its default), so nothing is recorded or sent; with it the
 * SDK is enabled and exports traces, and only traces, by OTLP to that endpoint ({@code
 * http/protobuf} unless {@code HINDSIGHT_OTEL_PROTOCOL} says {@code grpc}).
 *
 * <p>A config source rather than entries in {@code microprofile-config.properties} because enabling
 * the SDK depends on whether the endpoint is set, which an expression cannot say. Its ordinal is
 * below the environment's and the system properties', so a standard {@code OTEL_*} variable still
 * overrides what it derives.
 */
public final class TraceSettings implements ConfigSource {

  static final String ENDPOINT_VARIABLE = "HINDSIGHT_OTEL_ENDPOINT";
  static final String PROTOCOL_VARIABLE = "HINDSIGHT_OTEL_PROTOCOL";
  static final String DEFAULT_PROTOCOL = "http/protobuf";
  static final int ORDINAL = 250;

  private final Map<String, String> properties;

  public TraceSettings() {
    this(TraceSettings::environmentOrSystemProperty);
  }

  /**
   * @param settings reads {@code HINDSIGHT_OTEL_*} by name, null when unset
   */
  TraceSettings(UnaryOperator<String> settings) {
    this.properties =
        derive(
            Optional.ofNullable(settings.apply(ENDPOINT_VARIABLE)),
            Optional.ofNullable(settings.apply(PROTOCOL_VARIABLE)));
  }

  static Map<String, String> derive(Optional<String> endpoint, Optional<String> protocol) {
    return endpoint
        .map(String::strip)
        .filter(url -> !url.isEmpty())
        .map(
            url ->
                Map.of(
                    "otel.sdk.disabled", "false",
                    "otel.traces.exporter", "otlp",
                    "otel.metrics.exporter", "none",
                    "otel.logs.exporter", "none",
                    "otel.exporter.otlp.endpoint", url,
                    "otel.exporter.otlp.protocol",
                        protocol
                            .map(String::strip)
                            .filter(p -> !p.isEmpty())
                            .orElse(DEFAULT_PROTOCOL)))
        .orElse(Map.of());
  }

  /** The variable, or the system property spelled in lower case with dots, as MicroProfile does. */
  private static String environmentOrSystemProperty(String variable) {
    String value = System.getenv(variable);
    return value != null
        ? value
        : System.getProperty(variable.toLowerCase(Locale.ROOT).replace('_', '.'));
  }

  @Override
  public Map<String, String> getProperties() {
    return properties;
  }

  @Override
  public Set<String> getPropertyNames() {
    return properties.keySet();
  }

  @Override
  public String getValue(String propertyName) {
    return properties.get(propertyName);
  }

  @Override
  public String getName() {
    return "hindsight-traces";
  }

  @Override
  public int getOrdinal() {
    return ORDINAL;
  }
}
