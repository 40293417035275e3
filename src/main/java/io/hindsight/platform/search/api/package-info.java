/**
 * {@code /api/v1/search}: one search over every {@link io.hindsight.platform.search.SearchSource}.
 */
package io.hindsight.platform.search.api;
