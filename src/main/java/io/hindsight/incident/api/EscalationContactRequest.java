package io.hindsight.incident.api;

/**
 * {@code POST /api/v1/escalation-contacts}: a person, their role in the chain, how to reach them.
 */
public record EscalationContactRequest(String name, String role, String email, String chatHandle) {}
