package io.hindsight.runbook.domain;

import java.util.Locale;
import java.util.Set;

/** Tells index pages ({@code README.md}, {@code _index.md}, {@code index.md}) from runbooks. */
public final class IndexPages {

  private static final Set<String> NAMES = Set.of("readme.md", "_index.md", "index.md");

  private IndexPages() {}

  public static boolean isIndexPage(RunbookPath path) {
    return NAMES.contains(path.fileName().toLowerCase(Locale.ROOT));
  }

  /** A section's index page, as static site generators such as Hugo name it: {@code _index.md}. */
  public static boolean isSectionIndex(RunbookPath path) {
    return path.fileName().equalsIgnoreCase("_index.md");
  }
}
