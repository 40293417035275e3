package io.hindsight.runbook.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a runbook's metadata field came from, in the order they are asked: the runbook's own front
 * matter, the index table row that links it, its first heading, Git, and last its file name.
 */
public enum MetadataSource {
  FRONT_MATTER("front-matter", "front matter"),
  INDEX("index", "README index"),
  HEADING("heading", "first heading"),
  GIT("git", "Git history"),
  FILE_NAME("file-name", "file name");

  private final String id;
  private final String label;

  MetadataSource(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** The stable name in the API and the database. */
  public String id() {
    return id;
  }

  /** How a page says it: "severity from the README index". */
  public String label() {
    return label;
  }

  public static Optional<MetadataSource> ofId(String id) {
    return Arrays.stream(values()).filter(source -> source.id.equals(id)).findFirst();
  }
}
