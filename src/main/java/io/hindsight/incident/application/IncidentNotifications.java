package io.hindsight.incident.application;

import io.hindsight.incident.domain.IncidentKey;
import io.hindsight.platform.outbox.Outbox;
import io.hindsight.platform.outbox.OutboxMessage;
import io.hindsight.security.domain.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The notifications queued for an incident, as the outbox holds them. */
@ApplicationScoped
@Transactional
public class IncidentNotifications {

  @Inject IncidentService service;
  @Inject Outbox outbox;

  public List<OutboxMessage> of(IncidentKey key, Caller caller) {
    service.visible(key, caller);
    return outbox.withKeyPrefix(key.value() + ":");
  }
}
