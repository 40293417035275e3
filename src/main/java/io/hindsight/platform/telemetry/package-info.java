/**
 * Traces: OpenTelemetry through WildFly's MicroProfile Telemetry, off unless an OTLP endpoint is
 * configured ({@link io.hindsight.platform.telemetry.TraceSettings}); a span per application use
 * case ({@link io.hindsight.platform.telemetry.UseCaseTracing}) and per page request ({@link
 * io.hindsight.platform.telemetry.PageTracingFilter}). JAX-RS server spans come from MicroProfile
 * Telemetry itself, Git spans from {@code runbook.git}.
 */
package io.hindsight.platform.telemetry;
