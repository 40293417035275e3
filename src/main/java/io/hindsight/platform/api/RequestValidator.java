package io.hindsight.platform.api;

import io.hindsight.platform.refusal.FieldError;
import io.hindsight.platform.refusal.FieldRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Checks a request body's constraints and refuses it with every failing field named. */
@ApplicationScoped
public class RequestValidator {

  @Inject Validator validator;

  public <T> T valid(T body) {
    if (body == null) {
      throw new FieldRefused("A JSON body is required.", List.of());
    }
    Set<ConstraintViolation<T>> violations = validator.validate(body);
    if (!violations.isEmpty()) {
      throw new FieldRefused(
          "The request has invalid fields.",
          violations.stream()
              .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
              .sorted(Comparator.comparing(FieldError::field))
              .toList());
    }
    return body;
  }
}
