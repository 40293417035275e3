package io.hindsight.review.application;

import io.hindsight.runbook.domain.RunbookRef;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Addresses of the pages reviews link to, relative to the application's root. */
public final class ReviewLinks {

  private ReviewLinks() {}

  public static String reviewPage(RunbookRef runbook) {
    return "review.xhtml?repo="
        + encode(runbook.repository().value())
        + "&path="
        + encode(runbook.path().value());
  }

  public static String incident(String key) {
    return "incident.xhtml?key=" + encode(key);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
