package io.hindsight.incident.api;

import io.hindsight.platform.text.SingleLine;

/**
 * {@code POST /api/v1/escalation-contacts}: a person, their role in the chain, how to reach them.
 */
public record EscalationContactRequest(
    @SingleLine String name,
    @SingleLine String role,
    @SingleLine String email,
    @SingleLine String chatHandle) {}
