package io.hindsight.platform.refusal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Input refused, naming each offending field where there is one. */
public final class FieldRefused extends Refusal {

  private static final long serialVersionUID = 1L;

  private final transient List<FieldError> errors;

  public FieldRefused(String detail, List<FieldError> errors) {
    super(detail);
    this.errors = List.copyOf(errors);
  }

  /** A refusal that is about the request as a whole rather than one field. */
  public static FieldRefused because(String detail) {
    return new FieldRefused(detail, List.of());
  }

  public static FieldRefused field(String field, String message) {
    return of(List.of(new FieldError(field, message)));
  }

  /** Field name to message, reported in field order. */
  public static FieldRefused fields(Map<String, String> messages) {
    return of(
        messages.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> new FieldError(e.getKey(), e.getValue()))
            .toList());
  }

  public static FieldRefused of(List<FieldError> errors) {
    return new FieldRefused(
        errors.stream().map(FieldError::sentence).collect(Collectors.joining(" ")), errors);
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** The refused field, for a refusal of one field; the first of several otherwise. */
  public String field() {
    return errors.isEmpty() ? "" : errors.get(0).field();
  }

  /** Field name to message, in the order reported. */
  public Map<String, String> messages() {
    Map<String, String> messages = new LinkedHashMap<>();
    errors.forEach(error -> messages.putIfAbsent(error.field(), error.message()));
    return messages;
  }

  /** The message of one field, if it was refused. */
  public Optional<String> messageFor(String field) {
    return errors.stream()
        .filter(e -> e.field().equals(field))
        .map(FieldError::message)
        .findFirst();
  }
}
