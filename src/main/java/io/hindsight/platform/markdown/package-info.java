/**
 * Markdown shared by runbooks, post-mortems and reviews: front matter, rendering to sanitized HTML
 * and the heading outline for a table of contents. Plain Java, safe to use from any thread.
 */
package io.hindsight.platform.markdown;
