package io.hindsight.security.domain;

import io.hindsight.platform.json.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The fields a change touched, each with its value before and after; fields whose value stayed the
 * same are left out. Stored as a JSON array of {@code {"field", "before", "after", "concealed"}}.
 */
public final class FieldChanges {

  private static final FieldChanges NONE = new FieldChanges(List.of());

  private final List<FieldChange> changes;

  private FieldChanges(List<FieldChange> changes) {
    this.changes = List.copyOf(changes);
  }

  public static FieldChanges none() {
    return NONE;
  }

  public static FieldChanges of(FieldChange... changes) {
    return new FieldChanges(List.of(changes));
  }

  /**
   * The fields that differ between two snapshots of a subject (field name to its value as text,
   * {@code null} for no value), in the order of {@code after}, then those only {@code before} had.
   */
  public static FieldChanges between(Map<String, String> before, Map<String, String> after) {
    Set<String> fields = new LinkedHashSet<>(after.keySet());
    fields.addAll(before.keySet());
    List<FieldChange> changed = new ArrayList<>();
    for (String field : fields) {
      String was = before.get(field);
      String is = after.get(field);
      if (!Objects.equals(was, is)) {
        changed.add(FieldChange.of(field, was, is));
      }
    }
    return new FieldChanges(changed);
  }

  /** Every field of a new subject, as changed from no value. */
  public static FieldChanges created(Map<String, String> after) {
    return between(Map.of(), after);
  }

  /** Every field of a removed subject, as changed to no value. */
  public static FieldChanges removed(Map<String, String> before) {
    return between(before, Map.of());
  }

  /** These changes and that the secret {@code field} changed, without its value. */
  public FieldChanges withConcealed(String field) {
    List<FieldChange> more = new ArrayList<>(changes);
    more.add(FieldChange.concealed(field));
    return new FieldChanges(more);
  }

  public List<FieldChange> list() {
    return changes;
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  public String toJson() {
    JsonArrayBuilder array = Jsonp.array();
    for (FieldChange change : changes) {
      JsonObjectBuilder object = Jsonp.object().add("field", change.field());
      change.before().ifPresent(value -> object.add("before", value));
      change.after().ifPresent(value -> object.add("after", value));
      if (change.concealed()) {
        object.add("concealed", true);
      }
      array.add(object);
    }
    return array.build().toString();
  }

  /** Changes as {@link #toJson()} wrote them. */
  public static FieldChanges fromJson(String json) {
    if (json == null || json.isBlank()) {
      return NONE;
    }
    try (var reader = Jsonp.reader(new StringReader(json))) {
      JsonArray array = reader.readArray();
      List<FieldChange> changes = new ArrayList<>();
      for (JsonObject object : array.getValuesAs(JsonObject.class)) {
        changes.add(
            new FieldChange(
                object.getString("field"),
                text(object, "before"),
                text(object, "after"),
                object.getBoolean("concealed", false)));
      }
      return new FieldChanges(changes);
    }
  }

  private static Optional<String> text(JsonObject object, String name) {
    JsonValue value = object.get(name);
    return value instanceof JsonString string ? Optional.of(string.getString()) : Optional.empty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FieldChanges that && changes.equals(that.changes);
  }

  @Override
  public int hashCode() {
    return changes.hashCode();
  }

  @Override
  public String toString() {
    return toJson();
  }
}
