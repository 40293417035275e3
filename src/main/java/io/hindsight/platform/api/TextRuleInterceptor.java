package io.hindsight.platform.api;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.hindsight.platform.clock.TimeBounds;
import io.hindsight.platform.json.Jsonp;
import io.hindsight.platform.refusal.FieldError;
import io.hindsight.platform.refusal.FieldRefused;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The one strict reading of every JSON body, before it is bound to a request record: well-formed,
 * each name once per object, each value of the field's JSON type ({@link JsonShape}) and no control
 * character in any text ({@link JsonTextCheck}). Bodies are already bounded by the request size
 * limit.
 */
@Provider
public class TextRuleInterceptor implements ReaderInterceptor {

  private final TimeBounds bounds = TimeBounds.configured();

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!isJson(context.getMediaType()) || isRaw(context.getType())) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    List<FieldError> refused =
        refusedFields(new String(body, UTF_8), context.getGenericType(), bounds);
    if (!refused.isEmpty()) {
      throw FieldRefused.of(refused);
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  static List<FieldError> refusedFields(String body, Type target, TimeBounds bounds) {
    if (body.isBlank()) {
      return List.of();
    }
    try {
      List<FieldError> errors = new ArrayList<>(JsonDuplicateKeys.refusedFields(body));
      JsonValue document;
      try (JsonReader reader = Jsonp.reader(new StringReader(body))) {
        document = reader.readValue();
      }
      errors.addAll(JsonTextCheck.refusedFields(document));
      if (target != String.class) {
        errors.addAll(JsonShape.refusedFields(document, target, bounds));
      }
      return errors;
    } catch (JsonParsingException malformed) {
      throw FieldRefused.because(notJson(malformed.getLocation()));
    }
  }

  private static String notJson(JsonLocation at) {
    if (at == null || at.getLineNumber() < 0) {
      return "The body is not valid JSON.";
    }
    return "The body is not valid JSON (line "
        + at.getLineNumber()
        + ", column "
        + at.getColumnNumber()
        + ").";
  }

  /** Bodies read as bytes (signed webhooks) are checked by their resource, not bound to fields. */
  private static boolean isRaw(Class<?> type) {
    return type == byte[].class || InputStream.class.isAssignableFrom(type);
  }

  private static boolean isJson(MediaType type) {
    return type != null
        && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
            || type.getSubtype().endsWith("+json"));
  }
}
