package io.hindsight.action.application;

import io.hindsight.action.domain.ActionItem;
import io.hindsight.action.domain.StoredActionItem;
import io.hindsight.postmortem.domain.PostmortemKey;

/** A stored action item with the key and title of its post-mortem. */
public record TrackedActionItem(
    StoredActionItem stored, ActionItem item, PostmortemKey postmortem, String postmortemTitle) {}
