package io.hindsight.postmortem.application;

import java.util.OptionalInt;

/**
 * How far a post-mortem's action items are done: items marked won't do count neither way, and the
 * percentage is empty when nothing counts.
 */
public record ActionItemCompletion(int done, int wontDo, int total, OptionalInt percent) {}
