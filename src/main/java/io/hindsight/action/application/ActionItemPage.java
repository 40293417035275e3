package io.hindsight.action.application;

import io.hindsight.action.domain.CompletionRate;
import java.util.List;

/** One page of action items, how many match in all, and the completion rate of all that match. */
public record ActionItemPage(
    List<TrackedActionItem> items, int page, int size, long total, CompletionRate completion) {}
