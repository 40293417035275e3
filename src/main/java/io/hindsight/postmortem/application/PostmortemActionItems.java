package io.hindsight.postmortem.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The action items of a post-mortem, for its page and export. Implemented by the action item
 * feature, which depends on post-mortems and not the other way round.
 */
public interface PostmortemActionItems {

  List<ActionItemSummary> of(Long postmortemId);

  ActionItemCompletion completionOf(Long postmortemId);

  /** The completion of each of these post-mortems, by id, read at once (a page of a list). */
  Map<Long, ActionItemCompletion> completionOf(Collection<Long> postmortemIds);
}
