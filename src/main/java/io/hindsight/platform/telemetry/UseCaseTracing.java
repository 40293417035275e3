package io.hindsight.platform.telemetry;

import io.hindsight.platform.refusal.Refusal;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Transactional;
import java.lang.reflect.Method;

/**
 * A span per call of a transactional application service, named {@code Service.method}: the use
 * case and its database work, commit included. It binds to {@link Transactional} itself (whose
 * members are all non-binding), so every service is traced without an annotation of its own, and
 * runs outside the transaction interceptor (priority 200) so that the flush and commit fall inside
 * the span. A refusal is an answer, not an error: it is recorded as an event on a span that stays
 * unset.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class UseCaseTracing {

  private static final AttributeKey<String> REFUSAL = AttributeKey.stringKey("hindsight.refusal");

  @Inject Tracer tracer;

  @AroundInvoke
  Object trace(InvocationContext invocation) throws Exception {
    Method method = invocation.getMethod();
    Class<?> service = method.getDeclaringClass();
    Span span =
        tracer
            .spanBuilder(service.getSimpleName() + "." + method.getName())
            .setAttribute("code.namespace", service.getName())
            .setAttribute("code.function", method.getName())
            .setAttribute("hindsight.transaction", transactionType(service, method))
            .startSpan();
    try (Scope scope = span.makeCurrent()) {
      return invocation.proceed();
    } catch (Refusal refusal) {
      span.addEvent("refused", Attributes.of(REFUSAL, refusal.getClass().getSimpleName()));
      throw refusal;
    } catch (Exception | Error e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
      throw e;
    } finally {
      span.end();
    }
  }

  private static String transactionType(Class<?> service, Method method) {
    Transactional onMethod = method.getAnnotation(Transactional.class);
    Transactional declared =
        onMethod != null ? onMethod : service.getAnnotation(Transactional.class);
    return declared == null ? Transactional.TxType.REQUIRED.name() : declared.value().name();
  }
}
