package io.hindsight.incident.domain;

import io.hindsight.platform.refusal.FieldRefused;
import java.util.regex.Pattern;

/** A service or component an incident affects: {@code checkout-api}, {@code rds.primary}. */
public record ServiceName(String value) {

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  public ServiceName {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw FieldRefused.field(
          "services",
          "each service is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or"
              + " digit");
    }
  }

  public static ServiceName of(String value) {
    return new ServiceName(value == null ? null : value.strip());
  }

  @Override
  public String toString() {
    return value;
  }
}
