/**
 * The review queue's services: keeping each runbook's item up to date from the index and what
 * incidents, feedback and action items say; recording reviews; the queue read model; reminders.
 */
package io.hindsight.review.application;
