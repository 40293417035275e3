package io.hindsight.postmortem.application;

import java.time.LocalDate;
import java.util.Optional;

/** An action item as a post-mortem shows it; the action item feature provides them. */
public record ActionItemSummary(
    long id,
    String title,
    String kind,
    String priority,
    String owner,
    LocalDate dueDate,
    String status,
    Optional<String> factorId,
    Optional<String> trackerLink,
    boolean overdue) {}
