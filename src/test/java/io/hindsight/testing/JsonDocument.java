package io.hindsight.testing;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A JSON document in one canonical text: object keys sorted, pretty-printed, so that two documents
 * with the same content compare equal as text and their differences read as a line diff.
 */
public final class JsonDocument {

  private JsonDocument() {}

  /** The canonical text of {@code json}, ending with a newline. */
  public static String canonical(String json) {
    JsonValue value;
    try (var reader = Json.createReader(new StringReader(json))) {
      value = reader.readValue();
    }
    StringWriter text = new StringWriter();
    try (JsonWriter writer =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
      writer.write(sorted(value));
    }
    return text.toString().strip() + "\n";
  }

  /** A unified diff of two texts, at most {@code maxLines} lines of it. */
  public static String diff(String expected, String actual, String expectedName, int maxLines) {
    List<String> before = expected.lines().toList();
    List<String> after = actual.lines().toList();
    List<String> lines =
        UnifiedDiffUtils.generateUnifiedDiff(
            expectedName, "served", before, DiffUtils.diff(before, after), 3);
    String shown = String.join("\n", lines.subList(0, Math.min(maxLines, lines.size())));
    return lines.size() > maxLines
        ? shown + "\n… " + (lines.size() - maxLines) + " more diff lines"
        : shown;
  }

  private static JsonValue sorted(JsonValue value) {
    if (value instanceof JsonObject object) {
      JsonObjectBuilder builder = Json.createObjectBuilder();
      for (String key : new TreeSet<>(object.keySet())) {
        builder.add(key, sorted(object.get(key)));
      }
      return builder.build();
    }
    if (value instanceof JsonArray array) {
      JsonArrayBuilder builder = Json.createArrayBuilder();
      array.forEach(item -> builder.add(sorted(item)));
      return builder.build();
    }
    return value;
  }
}
