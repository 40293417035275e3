package io.hindsight.forge.application;

import io.hindsight.forge.domain.RemarkKind;
import java.time.Instant;
import java.util.Optional;

/**
 * A review, approval or comment on pull request {@code number} as a forge's webhook told it: {@code
 * key} is the forge's own id of it (a review's or comment's id), {@code login} who gave it there,
 * {@code at} when, if the payload says.
 */
public record PullRequestRemark(
    long number, String key, RemarkKind kind, String login, String text, Optional<Instant> at) {}
