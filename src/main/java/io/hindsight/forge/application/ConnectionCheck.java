package io.hindsight.forge.application;

/**
 * What "test connection" found: the project as the forge names it, whether the token may push, and
 * whether the {@code runbook-improvement} label exists (or was created now).
 */
public record ConnectionCheck(
    String project, boolean canPush, boolean labelExists, boolean labelCreated, String message) {}
