package io.hindsight.forge.application;

/** The pull request to open or find: from the change's branch into its base branch. */
public record PullRequestDraft(String branch, String base, String title, String body) {}
