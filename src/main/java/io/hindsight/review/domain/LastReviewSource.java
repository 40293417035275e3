package io.hindsight.review.domain;

/** Where a runbook's last review date came from, most trusted first. */
public enum LastReviewSource {
  RECORD("review record"),
  FRONT_MATTER("front matter last_reviewed"),
  INDEX("index table Last Updated"),
  COMMIT("last commit");

  private final String words;

  LastReviewSource(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
