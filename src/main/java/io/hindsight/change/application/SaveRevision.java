package io.hindsight.change.application;

import java.util.Optional;

/** One save from the editor: the whole new text, why, and the version it was edited from. */
public record SaveRevision(
    String content,
    Optional<String> title,
    Optional<String> message,
    boolean significant,
    long basedOnVersion) {}
