package io.hindsight.change.application;

/** A name and email as Git writes them in a commit. */
public record GitIdentity(String name, String email) {}
