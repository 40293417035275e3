package io.hindsight.runbook.api;

import java.util.List;

/** A page of the runbook catalog. */
public record RunbookPageView(List<RunbookView> items, int page, int size, long total) {}
