/** The review queue page and the review page of one runbook. */
package io.hindsight.review.web;
