/** Runbook change requests: their states, who may move them, branch names, merge and tag rules. */
package io.hindsight.change.domain;
