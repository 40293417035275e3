package io.hindsight.platform.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TraceSettingsTest {

  @Test
  void withoutAnEndpointItSaysNothingSoTheSdkStaysDisabledAsMicroProfileTelemetryDefaults() {
    TraceSettings settings = new TraceSettings(name -> null);

    assertThat(settings.getProperties()).isEmpty();
    assertThat(settings.getValue("otel.sdk.disabled")).isNull();
    assertThat(settings.getValue("otel.exporter.otlp.endpoint")).isNull();
  }

  @Test
  void aBlankEndpointIsNoEndpoint() {
    TraceSettings settings = new TraceSettings(Map.of(TraceSettings.ENDPOINT_VARIABLE, "  ")::get);

    assertThat(settings.getPropertyNames()).isEmpty();
  }

  @Test
  void anEndpointEnablesTheSdkAndExportsTracesOnlyOverOtlpHttp() {
    TraceSettings settings =
        new TraceSettings(Map.of(TraceSettings.ENDPOINT_VARIABLE, " http://collector:4318 ")::get);

    assertThat(settings.getProperties())
        .containsOnly(
            entry("otel.sdk.disabled", "false"),
            entry("otel.traces.exporter", "otlp"),
            entry("otel.metrics.exporter", "none"),
            entry("otel.logs.exporter", "none"),
            entry("otel.exporter.otlp.endpoint", "http://collector:4318"),
            entry("otel.exporter.otlp.protocol", "http/protobuf"));
  }

  @Test
  void theProtocolCanBeGrpc() {
    TraceSettings settings =
        new TraceSettings(
            Map.of(
                    TraceSettings.ENDPOINT_VARIABLE, "http://collector:4317",
                    TraceSettings.PROTOCOL_VARIABLE, "grpc")
                ::get);

    assertThat(settings.getValue("otel.exporter.otlp.protocol")).isEqualTo("grpc");
  }

  @Test
  void standardOtelVariablesAndSystemPropertiesOutrankIt() {
    TraceSettings settings = new TraceSettings(name -> null);

    assertThat(settings.getOrdinal()).isBetween(101, 299);
  }
}
