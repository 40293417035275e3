/**
 * In-memory full-text search over documents of any feature (runbooks, post-mortems): BM25 ranking
 * over weighted fields, plain-text snippets.
 */
package io.hindsight.platform.search;
