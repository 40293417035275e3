/** Runbooks: Markdown files kept in a Git repository. */
package io.hindsight.runbook.domain;
