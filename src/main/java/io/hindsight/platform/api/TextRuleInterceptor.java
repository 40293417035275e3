package io.hindsight.platform.api;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.hindsight.platform.refusal.FieldError;
import io.hindsight.platform.refusal.FieldRefused;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.util.List;

/**
 * Applies the text rule to every JSON body before it is bound to a request record, so that no field
 * of any endpoint stores a control character. Bodies are already bounded by the request size limit.
 */
@Provider
public class TextRuleInterceptor implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!isJson(context.getMediaType()) || isRaw(context.getType())) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    List<FieldError> refused = refusedFields(body);
    if (!refused.isEmpty()) {
      throw FieldRefused.of(refused);
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  private static List<FieldError> refusedFields(byte[] body) {
    if (body.length == 0) {
      return List.of();
    }
    try (JsonReader reader =
        Json.createReader(new InputStreamReader(new ByteArrayInputStream(body), UTF_8))) {
      return JsonTextCheck.refusedFields(reader.readValue());
    } catch (JsonParsingException malformed) {
      return List.of();
    }
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
