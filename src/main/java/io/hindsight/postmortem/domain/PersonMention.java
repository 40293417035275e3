package io.hindsight.postmortem.domain;

/** A person mentioned in a sentence: tokens [start, end), and whether it is a possessive. */
record PersonMention(int start, int end, boolean possessive) {}
