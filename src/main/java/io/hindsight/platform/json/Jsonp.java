package io.hindsight.platform.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.Reader;
import java.io.Writer;

/**
 * JSON-P through one provider, looked up once. {@code jakarta.json.Json}'s factory methods look the
 * provider up through a {@code ServiceLoader} on every call (jakartaee/jsonp-api#154), which costs
 * more than the JSON itself on a hot path such as a webhook's body or the live timeline's answer;
 * {@link JsonProvider#provider()} asks its callers to keep the result.
 */
public final class Jsonp {

  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private Jsonp() {}

  public static JsonObjectBuilder object() {
    return PROVIDER.createObjectBuilder();
  }

  public static JsonArrayBuilder array() {
    return PROVIDER.createArrayBuilder();
  }

  public static JsonReader reader(Reader reader) {
    return PROVIDER.createReader(reader);
  }

  public static JsonWriter writer(Writer writer) {
    return PROVIDER.createWriter(writer);
  }

  public static JsonParser parser(Reader reader) {
    return PROVIDER.createParser(reader);
  }
}
