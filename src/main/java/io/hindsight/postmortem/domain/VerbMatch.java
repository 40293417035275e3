package io.hindsight.postmortem.domain;

import io.hindsight.postmortem.domain.BlameLexicon.FailureVerb;

/** A failure verb's form found at tokens [start, end) of a sentence. */
record VerbMatch(FailureVerb verb, int start, int end) {}
