package io.hindsight.postmortem.domain;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/** A contributing factor's stable id, so that action items stay linked when factors are edited. */
public record FactorId(String value) {

  private static final Pattern SHAPE = Pattern.compile("f-[0-9a-f]{8}");
  private static final SecureRandom RANDOM = new SecureRandom();

  public FactorId {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("A factor id looks like f-0123abcd.");
    }
  }

  public static FactorId random() {
    byte[] bytes = new byte[4];
    RANDOM.nextBytes(bytes);
    return new FactorId("f-" + HexFormat.of().formatHex(bytes));
  }

  public static Optional<FactorId> parse(String raw) {
    return raw != null && SHAPE.matcher(raw).matches()
        ? Optional.of(new FactorId(raw))
        : Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
