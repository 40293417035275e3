package io.hindsight.platform.search;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names a searchable document: what kind it is ({@code runbook}, {@code postmortem}) and its id
 * within that kind.
 */
public record DocumentRef(String kind, String id) implements Comparable<DocumentRef> {

  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,31}");

  public DocumentRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    if (!KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException("A document kind is a short lowercase word: " + kind);
    }
    if (id.isEmpty()) {
      throw new IllegalArgumentException("A document id is not empty.");
    }
  }

  @Override
  public int compareTo(DocumentRef other) {
    int byKind = kind.compareTo(other.kind);
    return byKind != 0 ? byKind : id.compareTo(other.id);
  }

  @Override
  public String toString() {
    return kind + ":" + id;
  }
}
