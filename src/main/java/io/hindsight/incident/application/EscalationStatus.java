package io.hindsight.incident.application;

import io.hindsight.incident.domain.EscalationRule;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One step of the chain for an incident: who must be told, why, when it was done, to whom, and how
 * each message of the step is doing.
 */
public record EscalationStatus(
    EscalationRule rule,
    Optional<Instant> escalatedAt,
    List<String> contacts,
    List<EscalationDeliveries.Delivery> deliveries) {}
