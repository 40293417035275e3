package io.hindsight.postmortem.application;

import java.util.List;

/**
 * The action items of a post-mortem, for its page and export. Implemented by the action item
 * feature, which depends on post-mortems and not the other way round.
 */
public interface PostmortemActionItems {

  List<ActionItemSummary> of(Long postmortemId);

  ActionItemCompletion completionOf(Long postmortemId);
}
