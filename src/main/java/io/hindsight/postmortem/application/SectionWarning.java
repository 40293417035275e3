package io.hindsight.postmortem.application;

import io.hindsight.postmortem.domain.BlameWarning;

/**
 * A blame warning in one field of a post-mortem ({@code sections.<key>} or {@code factors[i]}), and
 * whether the authors acknowledged it.
 */
public record SectionWarning(String field, BlameWarning warning, boolean acknowledged) {}
