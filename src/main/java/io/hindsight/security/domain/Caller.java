package io.hindsight.security.domain;

import java.util.Objects;

/** Who is asking, and whether they are an admin (who sees every incident). */
public record Caller(Username username, boolean admin) {

  public Caller {
    Objects.requireNonNull(username, "username");
  }
}
