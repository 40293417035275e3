package io.hindsight.platform.api;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.hindsight.platform.clock.TimeBounds;
import io.hindsight.platform.refusal.FieldError;
import io.hindsight.platform.refusal.FieldRefused;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.util.List;

/**
 * A JSON body a resource read as bytes (a signed webhook, whose signature covers the exact bytes),
 * bound to a request record with the same strict reading as every other body: {@link
 * TextRuleInterceptor}'s checks, then {@link StrictJsonb}.
 */
public final class JsonBodies {

  private static final TimeBounds BOUNDS = TimeBounds.configured();
  private static final Jsonb JSONB = new StrictJsonb().getContext(Object.class);

  private JsonBodies() {}

  public static <T> T read(byte[] body, Class<T> type) {
    String text = body == null ? "" : new String(body, UTF_8);
    if (text.isBlank()) {
      throw FieldRefused.because("A JSON body is required.");
    }
    List<FieldError> refused = TextRuleInterceptor.refusedFields(text, type, BOUNDS);
    if (!refused.isEmpty()) {
      throw FieldRefused.of(refused);
    }
    try {
      T bound = JSONB.fromJson(text, type);
      if (bound == null) {
        throw FieldRefused.because("A JSON body is required.");
      }
      return bound;
    } catch (JsonbException | ClassCastException doesNotFit) {
      throw FieldRefused.because(UnreadableBodyMapper.DOES_NOT_FIT);
    }
  }
}
