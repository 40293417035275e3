package io.hindsight.incident.application;

import io.hindsight.incident.domain.IncidentKey;
import java.time.Instant;
import java.util.List;

/**
 * How the messages of an incident's escalation steps are doing; implemented by the feature that
 * delivers them (notify), so that the incident feature does not depend on it.
 */
public interface EscalationDeliveries {

  List<Delivery> of(IncidentKey key);

  /** One message of one step: {@code state} is queued, sending, sent, failed, dead or discarded. */
  record Delivery(
      String rule,
      String channel,
      String recipient,
      String title,
      String idempotencyKey,
      String state,
      int attempts,
      String lastError,
      Instant createdAt,
      Instant sentAt) {}
}
