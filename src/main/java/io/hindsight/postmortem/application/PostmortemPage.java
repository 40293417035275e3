package io.hindsight.postmortem.application;

import io.hindsight.postmortem.domain.Postmortem;
import java.util.List;

/** One page of a list of post-mortems, and how many there are in all. */
public record PostmortemPage(List<Postmortem> items, int page, int size, long total) {}
