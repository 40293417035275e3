package io.hindsight.runbook.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The folder of a repository that holds runbooks, relative to its root, without leading or trailing
 * slash; empty for the root.
 */
public record RunbookFolder(String value) {

  public static final RunbookFolder ROOT = new RunbookFolder("");

  public RunbookFolder {
    Objects.requireNonNull(value, "value");
    if (!value.isEmpty()) {
      if (value.length() > 1000) {
        throw new IllegalArgumentException("A runbook folder has at most 1000 characters.");
      }
      RunbookPath.parse(value + "/x.md")
          .orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "A runbook folder is a relative path like 'docs/runbooks', without '..',"
                          + " '%', '\\\\' or control characters."));
    }
  }

  /** Accepts {@code "", "/", "docs/runbooks/"} and the like. */
  public static RunbookFolder of(String raw) {
    String trimmed = raw == null ? "" : raw.strip();
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    if (trimmed.startsWith("/") && trimmed.length() > 0) {
      throw new IllegalArgumentException("A runbook folder is relative to the repository root.");
    }
    return new RunbookFolder(trimmed);
  }

  /** The folder that holds {@code path}; the root for a file at the repository root. */
  public static RunbookFolder containing(RunbookPath path) {
    return path.directory().map(RunbookFolder::new).orElse(ROOT);
  }

  public boolean contains(String repositoryPath) {
    return value.isEmpty() || repositoryPath.startsWith(value + "/");
  }

  /** This folder or one below it holds {@code other}: {@code a} holds {@code a} and {@code a/b}. */
  public boolean holds(RunbookFolder other) {
    return value.isEmpty() || other.value.equals(value) || other.value.startsWith(value + "/");
  }

  public boolean isRoot() {
    return value.isEmpty();
  }

  /** The last segment: {@code etcd} for {@code content/runbooks/etcd}; empty for the root. */
  public String name() {
    return value.substring(value.lastIndexOf('/') + 1);
  }

  /** The folder one level up; empty for the root. */
  public Optional<RunbookFolder> parent() {
    if (isRoot()) {
      return Optional.empty();
    }
    int slash = value.lastIndexOf('/');
    return Optional.of(slash < 0 ? ROOT : new RunbookFolder(value.substring(0, slash)));
  }

  /**
   * The folders from below {@code top} down to this one, for a trail of links: {@code
   * content/runbooks/etcd/v3} below {@code content} is {@code content/runbooks}, {@code
   * content/runbooks/etcd}, {@code content/runbooks/etcd/v3}; empty when {@code top} does not hold
   * it.
   */
  public List<RunbookFolder> trailBelow(RunbookFolder top) {
    List<RunbookFolder> trail = new ArrayList<>();
    if (!top.holds(this)) {
      return trail;
    }
    Optional<RunbookFolder> at = Optional.of(this);
    while (at.isPresent() && !at.get().equals(top)) {
      trail.add(0, at.get());
      at = at.get().parent();
    }
    return trail;
  }

  /**
   * The folder right below this one on the way to {@code descendant}: for {@code a}, the child
   * toward {@code a/b/c} is {@code a/b}; empty when {@code descendant} is this folder or not below
   * it.
   */
  public Optional<RunbookFolder> childToward(RunbookFolder descendant) {
    if (descendant.equals(this) || !holds(descendant)) {
      return Optional.empty();
    }
    String rest = isRoot() ? descendant.value : descendant.value.substring(value.length() + 1);
    int slash = rest.indexOf('/');
    String child = slash < 0 ? rest : rest.substring(0, slash);
    return Optional.of(new RunbookFolder(isRoot() ? child : value + "/" + child));
  }

  @Override
  public String toString() {
    return value;
  }
}
