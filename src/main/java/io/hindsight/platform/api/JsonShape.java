package io.hindsight.platform.api;

import io.hindsight.platform.clock.TimeBounds;
import io.hindsight.platform.refusal.FieldError;
import io.hindsight.platform.text.LineBreaks;
import io.hindsight.platform.text.SingleLine;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a JSON document against the request type it is about to be bound to, before JSON-B sees
 * it: a boolean only from {@code true}/{@code false}, a whole number only from a JSON number
 * without fraction, text only from a JSON string, a list only from an array. JSON-B would quietly
 * turn {@code "restricted": 1} into {@code false} and {@code "title": 123} into {@code "123"}.
 */
final class JsonShape {

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

  private JsonShape() {}

  /** Every field of {@code document} whose JSON type does not fit {@code type}, by its path. */
  static List<FieldError> refusedFields(JsonValue document, Type type, TimeBounds bounds) {
    List<FieldError> errors = new ArrayList<>();
    if (document.getValueType() == JsonValue.ValueType.NULL) {
      return errors;
    }
    if (isRecordLike(raw(type)) && document.getValueType() != JsonValue.ValueType.OBJECT) {
      errors.add(new FieldError("body", "must be a JSON object"));
      return errors;
    }
    check(document, type, "", bounds, errors);
    return errors;
  }

  private static void check(
      JsonValue value, Type type, String path, TimeBounds bounds, List<FieldError> errors) {
    Class<?> raw = raw(type);
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      if (raw.isPrimitive()) {
        errors.add(new FieldError(name(path), "must not be null"));
      }
      return;
    }
    expected(value, raw, bounds)
        .ifPresent(problem -> errors.add(new FieldError(name(path), problem)));
    if (value.getValueType() == JsonValue.ValueType.ARRAY && isList(raw)) {
      JsonArray array = value.asJsonArray();
      Type element = typeArgument(type, 0);
      for (int i = 0; i < array.size(); i++) {
        check(array.get(i), element, path + "[" + i + "]", bounds, errors);
      }
    } else if (value.getValueType() == JsonValue.ValueType.OBJECT) {
      if (Map.class.isAssignableFrom(raw)) {
        Type valueType = typeArgument(type, 1);
        value
            .asJsonObject()
            .forEach((key, member) -> check(member, valueType, join(path, key), bounds, errors));
      } else if (raw.isRecord()) {
        checkRecord(value.asJsonObject(), raw, path, bounds, errors);
      }
    }
  }

  private static void checkRecord(
      JsonObject object, Class<?> record, String path, TimeBounds bounds, List<FieldError> errors) {
    for (Map.Entry<String, JsonValue> member : object.entrySet()) {
      Optional<RecordComponent> component = component(record, member.getKey());
      if (component.isEmpty()) {
        errors.add(new FieldError(join(path, member.getKey()), "is not a field of this request"));
      } else {
        check(
            member.getValue(),
            component.get().getGenericType(),
            join(path, member.getKey()),
            bounds,
            errors);
        if (component.get().isAnnotationPresent(SingleLine.class)) {
          oneLine(member.getValue(), join(path, member.getKey()), errors);
        }
      }
    }
  }

  /** A {@link SingleLine} field's text, or each text of its list, without line breaks. */
  private static void oneLine(JsonValue value, String path, List<FieldError> errors) {
    if (value.getValueType() == JsonValue.ValueType.STRING) {
      LineBreaks.problem(((JsonString) value).getString())
          .ifPresent(problem -> errors.add(new FieldError(name(path), problem)));
    } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
      JsonArray array = value.asJsonArray();
      for (int i = 0; i < array.size(); i++) {
        oneLine(array.get(i), path + "[" + i + "]", errors);
      }
    }
  }

  private static Optional<RecordComponent> component(Class<?> record, String jsonName) {
    for (RecordComponent component : record.getRecordComponents()) {
      JsonbProperty renamed = component.getAccessor().getAnnotation(JsonbProperty.class);
      String name =
          renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
      if (name.equals(jsonName)) {
        return Optional.of(component);
      }
    }
    return Optional.empty();
  }

  /**
   * Why {@code value} cannot be a {@code raw}; empty when it can (its members are checked apart).
   */
  private static Optional<String> expected(JsonValue value, Class<?> raw, TimeBounds bounds) {
    JsonValue.ValueType kind = value.getValueType();
    if (raw == Boolean.class || raw == boolean.class) {
      return when(
          kind != JsonValue.ValueType.TRUE && kind != JsonValue.ValueType.FALSE,
          "must be true or false");
    }
    if (isWholeNumber(raw)) {
      if (kind != JsonValue.ValueType.NUMBER || !((JsonNumber) value).isIntegral()) {
        return Optional.of("must be a whole number");
      }
      return inRange(((JsonNumber) value).bigDecimalValue(), raw);
    }
    if (raw == BigDecimal.class
        || raw == Double.class
        || raw == double.class
        || raw == Float.class
        || raw == float.class) {
      return when(kind != JsonValue.ValueType.NUMBER, "must be a number");
    }
    if (raw == String.class || raw.isEnum() || raw == Character.class || raw == char.class) {
      return when(kind != JsonValue.ValueType.STRING, "must be text (a JSON string)");
    }
    if (Temporal.class.isAssignableFrom(raw)) {
      return kind != JsonValue.ValueType.STRING
          ? Optional.of("must be a date or time written as text")
          : time(((JsonString) value).getString(), raw, bounds);
    }
    if (isList(raw)) {
      return when(kind != JsonValue.ValueType.ARRAY, "must be a list (a JSON array)");
    }
    if (Map.class.isAssignableFrom(raw) || isRecordLike(raw)) {
      return when(kind != JsonValue.ValueType.OBJECT, "must be an object with named fields");
    }
    return Optional.empty();
  }

  private static Optional<String> time(String text, Class<?> raw, TimeBounds bounds) {
    try {
      if (raw == Instant.class) {
        return bounds.problem(Instant.parse(text));
      } else if (raw == LocalDate.class) {
        return bounds.problem(LocalDate.parse(text));
      }
      return Optional.empty();
    } catch (DateTimeParseException unreadable) {
      return Optional.of(
          raw == LocalDate.class
              ? "must be a date like 2026-03-01"
              : "must be a time in UTC like 2026-03-01T09:30:00Z");
    }
  }

  private static Optional<String> inRange(BigDecimal number, Class<?> raw) {
    boolean small =
        raw == Integer.class || raw == int.class || raw == Short.class || raw == short.class;
    boolean big = raw == BigInteger.class;
    BigDecimal min = small ? INT_MIN : LONG_MIN;
    BigDecimal max = small ? INT_MAX : LONG_MAX;
    return when(
        !big && (number.compareTo(min) < 0 || number.compareTo(max) > 0), "is out of range");
  }

  private static boolean isWholeNumber(Class<?> raw) {
    return raw == Integer.class
        || raw == int.class
        || raw == Long.class
        || raw == long.class
        || raw == Short.class
        || raw == short.class
        || raw == BigInteger.class;
  }

  private static boolean isList(Class<?> raw) {
    return Collection.class.isAssignableFrom(raw) || raw.isArray();
  }

  private static boolean isRecordLike(Class<?> raw) {
    return raw.isRecord();
  }

  private static Optional<String> when(boolean refused, String problem) {
    return refused ? Optional.of(problem) : Optional.empty();
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return raw(p.getRawType());
    }
    if (type instanceof WildcardType w && w.getUpperBounds().length > 0) {
      return raw(w.getUpperBounds()[0]);
    }
    return Object.class;
  }

  private static Type typeArgument(Type type, int index) {
    if (type instanceof Class<?> c && c.isArray()) {
      return c.getComponentType();
    }
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      return p.getActualTypeArguments()[index];
    }
    return Object.class;
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static String name(String path) {
    return path.isEmpty() ? "body" : path;
  }
}
