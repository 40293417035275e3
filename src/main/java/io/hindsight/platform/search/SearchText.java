package io.hindsight.platform.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * A document to index, in the four fields every kind fills: its title, keywords (a runbook's
 * triggers, a post-mortem's action items), a summary (a runbook's services and purpose) and its
 * body. {@code scope} is what a search can be limited to or hidden by: a runbook's repository, a
 * post-mortem's incident. Longer texts are indexed up to their field's length.
 */
public record SearchText(
    DocumentRef ref, String scope, String title, String keywords, String summary, String body) {

  public static final String TITLE = "title";
  public static final String KEYWORDS = "keywords";
  public static final String SUMMARY = "summary";
  public static final String BODY = "body";

  static final int MAX_TITLE_LENGTH = 1_000;
  static final int MAX_SCOPE_LENGTH = 200;
  static final int MAX_FIELD_LENGTH = 100_000;
  static final int MAX_BODY_LENGTH = 1_000_000;

  public SearchText {
    Objects.requireNonNull(ref, "ref");
    if (scope == null || scope.isEmpty() || scope.length() > MAX_SCOPE_LENGTH) {
      throw new IllegalArgumentException("A document's scope has 1 to 200 characters.");
    }
    title = bounded(title, MAX_TITLE_LENGTH);
    keywords = bounded(keywords, MAX_FIELD_LENGTH);
    summary = bounded(summary, MAX_FIELD_LENGTH);
    body = bounded(body, MAX_BODY_LENGTH);
  }

  /** The text of each field, by the field names {@link FieldWeights} use. */
  public Map<String, String> fields() {
    return Map.of(TITLE, title, KEYWORDS, keywords, SUMMARY, summary, BODY, body);
  }

  /** Changes whenever anything indexed changes: unchanged documents are not written again. */
  String fingerprint() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {scope, title, keywords, summary, body}) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String bounded(String text, int length) {
    String present = text == null ? "" : text;
    return present.length() > length ? present.substring(0, length) : present;
  }
}
