/** {@code /api/v1/reviews}: the review queue, reviews and their history. */
package io.hindsight.review.api;
