/**
 * The runbook repositories' Git, behind one door: {@link io.hindsight.runbook.git.RunbookGit} opens
 * a bare repository and hands out one command per operation. Nothing else in Hindsight uses JGit.
 */
package io.hindsight.runbook.git;
