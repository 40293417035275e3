package io.hindsight.platform.text;

import io.hindsight.platform.refusal.FieldRefused;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Enum constants as requests and responses spell them: lowercase, {@code wont_do}; reading also
 * takes any case and a hyphen or space for the underscore ({@code won't-do} aside).
 */
public final class EnumNames {

  private EnumNames() {}

  public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String wanted = raw.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    return Arrays.stream(type.getEnumConstants())
        .filter(value -> word(value).equals(wanted))
        .findFirst();
  }

  /**
   * @throws FieldRefused naming {@code field} and the accepted values
   */
  public static <E extends Enum<E>> E required(String field, String raw, Class<E> type) {
    return parse(type, raw)
        .orElseThrow(() -> FieldRefused.field(field, "must be one of " + list(type)));
  }

  /** "open, in_progress, done, wont_do". */
  public static String list(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(EnumNames::word)
        .collect(Collectors.joining(", "));
  }

  /** The constant as the API writes it: {@code IN_PROGRESS} is {@code in_progress}. */
  public static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
