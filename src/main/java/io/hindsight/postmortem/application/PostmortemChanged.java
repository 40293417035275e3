package io.hindsight.postmortem.application;

import io.hindsight.postmortem.domain.PostmortemKey;

/** A post-mortem or one of its action items was saved; fired inside the saving transaction. */
public record PostmortemChanged(PostmortemKey key) {}
