/**
 * Full-text search over documents of any feature (runbooks, post-mortems), shared by every node:
 * documents indexed per change in the database ({@link
 * io.hindsight.platform.search.SearchDocuments}), ranked by weighted fields, with plain-text
 * snippets.
 */
package io.hindsight.platform.search;
