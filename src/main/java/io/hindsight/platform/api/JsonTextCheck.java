package io.hindsight.platform.api;

import io.hindsight.platform.refusal.FieldError;
import io.hindsight.platform.text.ControlCharacters;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds every string of a JSON document, names included, that breaks the text rule ({@link
 * ControlCharacters}), by the field's path as the client wrote it ({@code sections.summary}, {@code
 * factors[2].description}).
 */
final class JsonTextCheck {

  private JsonTextCheck() {}

  static List<FieldError> refusedFields(JsonValue document) {
    List<FieldError> errors = new ArrayList<>();
    visit(document, "", errors);
    return errors;
  }

  private static void visit(JsonValue value, String path, List<FieldError> errors) {
    switch (value.getValueType()) {
      case STRING -> check(((JsonString) value).getString(), path, errors);
      case OBJECT -> {
        for (Map.Entry<String, JsonValue> member : ((JsonObject) value).entrySet()) {
          String name = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
          check(member.getKey(), name, errors);
          visit(member.getValue(), name, errors);
        }
      }
      case ARRAY -> {
        JsonArray array = (JsonArray) value;
        for (int i = 0; i < array.size(); i++) {
          visit(array.get(i), path + "[" + i + "]", errors);
        }
      }
      default -> {
        // numbers, booleans and null carry no text
      }
    }
  }

  private static void check(String text, String path, List<FieldError> errors) {
    ControlCharacters.problem(text)
        .ifPresent(problem -> errors.add(new FieldError(path.isEmpty() ? "body" : path, problem)));
  }
}
