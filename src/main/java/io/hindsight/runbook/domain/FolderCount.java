package io.hindsight.runbook.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A folder right below another, and how many things (files, findings) it holds, below it too. */
public record FolderCount(RunbookFolder folder, long count) {

  /**
   * The folders right below {@code at} that hold something, by name, each with what it and its own
   * sub-folders hold.
   *
   * @param countsByFolder how many things each folder holds itself, by folder path ({@code ""} for
   *     the root); folders that are not below {@code at}, or whose path is not a folder, count for
   *     none
   */
  public static List<FolderCount> childrenOf(RunbookFolder at, Map<String, Long> countsByFolder) {
    Map<RunbookFolder, Long> children = new TreeMap<>(Comparator.comparing(RunbookFolder::value));
    countsByFolder.forEach(
        (path, count) ->
            folder(path)
                .flatMap(at::childToward)
                .filter(child -> count > 0)
                .ifPresent(child -> children.merge(child, count, Long::sum)));
    List<FolderCount> counts = new ArrayList<>();
    children.forEach((child, count) -> counts.add(new FolderCount(child, count)));
    counts.sort(
        Comparator.comparing((FolderCount c) -> c.folder().name().toLowerCase(Locale.ROOT))
            .thenComparing(c -> c.folder().value()));
    return counts;
  }

  private static Optional<RunbookFolder> folder(String path) {
    try {
      return Optional.of(RunbookFolder.of(path));
    } catch (IllegalArgumentException notAFolder) {
      return Optional.empty();
    }
  }
}
