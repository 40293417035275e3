package io.hindsight.runbook.domain;

import io.hindsight.platform.markdown.MarkdownStructure;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The files of a repository that links may point at, with the heading ids of its Markdown files,
 * for checking links and anchors.
 */
public final class LinkTargets {

  private final Set<String> files;
  private final Set<String> directories;
  private final Map<RunbookPath, Set<String>> anchors;

  private LinkTargets(Collection<String> files, Map<RunbookPath, Set<String>> anchors) {
    this.files = Set.copyOf(files);
    Set<String> directories = new HashSet<>();
    for (String file : this.files) {
      for (int slash = file.indexOf('/'); slash >= 0; slash = file.indexOf('/', slash + 1)) {
        directories.add(file.substring(0, slash));
      }
    }
    this.directories = Set.copyOf(directories);
    this.anchors = Map.copyOf(anchors);
  }

  /**
   * @param files every file's repository-relative path, Markdown or not
   * @param anchors the heading ids of each Markdown file
   */
  public static LinkTargets of(Collection<String> files, Map<RunbookPath, Set<String>> anchors) {
    return new LinkTargets(files, anchors);
  }

  /** Markdown bodies by path, whose heading ids are computed here, and other files by path. */
  public static LinkTargets ofMarkdown(
      Map<RunbookPath, String> markdownBodies, Collection<String> otherFiles) {
    Map<RunbookPath, Set<String>> anchors = new HashMap<>();
    markdownBodies.forEach((path, body) -> anchors.put(path, headingIds(body)));
    Set<String> files = new HashSet<>(otherFiles);
    markdownBodies.keySet().forEach(path -> files.add(path.value()));
    return new LinkTargets(files, anchors);
  }

  public static Set<String> headingIds(String markdownBody) {
    return MarkdownStructure.of(markdownBody).headings().stream()
        .map(MarkdownStructure.OutlineHeading::id)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Whether {@code path} is a file or a folder of the repository; the root is a folder. */
  public boolean exists(String path) {
    return path.isEmpty() || files.contains(path) || directories.contains(path);
  }

  public boolean containsFile(String path) {
    return files.contains(path);
  }

  /** The heading ids of a Markdown file; empty when the file is unknown or not Markdown. */
  public Optional<Set<String>> anchorsOf(RunbookPath path) {
    return Optional.ofNullable(anchors.get(path));
  }
}
