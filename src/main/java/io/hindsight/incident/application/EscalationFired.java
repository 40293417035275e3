package io.hindsight.incident.application;

import io.hindsight.incident.domain.EscalationContact;
import io.hindsight.incident.domain.EscalationRule;
import io.hindsight.incident.domain.Incident;
import java.time.Instant;
import java.util.List;

/**
 * An escalation step was carried out: the contacts of its role must be told. Fired synchronously
 * inside the transaction that records the step, so that whoever queues the messages (the notify
 * feature) does so in that same transaction.
 */
public record EscalationFired(
    Incident incident, EscalationRule rule, List<EscalationContact> contacts, Instant at) {}
