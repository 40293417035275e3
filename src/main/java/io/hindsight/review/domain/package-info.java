/**
 * Runbook reviews: when each runbook is due (calendar quarter or its own interval), the reasons
 * that make it due sooner, who reviews it, and the records of reviews done.
 */
package io.hindsight.review.domain;
