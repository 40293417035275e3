package io.hindsight.incident.application;

import io.hindsight.incident.domain.EscalationRule;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One step of the chain for an incident: who must be told, why, when it was done, and to whom. */
public record EscalationStatus(
    EscalationRule rule, Optional<Instant> escalatedAt, List<String> contacts) {}
