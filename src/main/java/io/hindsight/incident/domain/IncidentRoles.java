package io.hindsight.incident.domain;

import io.hindsight.security.domain.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;
import java.util.stream.Stream;

/** Who leads the response (commander), keeps the log (scribe) and talks to stakeholders. */
@Embeddable
public class IncidentRoles {

  @Column(name = "commander", length = 64)
  private Username commander;

  @Column(name = "scribe", length = 64)
  private Username scribe;

  @Column(name = "liaison", length = 64)
  private Username liaison;

  protected IncidentRoles() {}

  public IncidentRoles(Username commander, Username scribe, Username liaison) {
    this.commander = commander;
    this.scribe = scribe;
    this.liaison = liaison;
  }

  public Optional<Username> commander() {
    return Optional.ofNullable(commander);
  }

  public Optional<Username> scribe() {
    return Optional.ofNullable(scribe);
  }

  public Optional<Username> liaison() {
    return Optional.ofNullable(liaison);
  }

  public Stream<Username> people() {
    return Stream.of(commander, scribe, liaison).filter(java.util.Objects::nonNull);
  }
}
