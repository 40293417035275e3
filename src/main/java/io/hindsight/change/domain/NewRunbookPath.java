package io.hindsight.change.domain;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.runbook.domain.InvalidRunbookPathException;
import io.hindsight.runbook.domain.RunbookFolder;
import io.hindsight.runbook.domain.RunbookPath;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where a new runbook may go: a Markdown file ({@code .md}) inside the repository's runbook folder,
 * its path relative to the repository root without {@code ..}; refused with a message that says
 * what to write instead.
 */
public final class NewRunbookPath {

  private NewRunbookPath() {}

  /**
   * @param raw the path as written, relative to the repository root
   * @throws FieldRefused naming {@code path} when it is not such a path
   */
  public static RunbookPath of(String raw, RunbookFolder folder) {
    String written = raw == null ? "" : raw.strip();
    if (written.isEmpty()) {
      throw refused("Give the new runbook's path, e.g. " + example(folder) + ".");
    }
    if (Arrays.asList(written.split("[/\\\\]", -1)).contains("..")) {
      throw refused(
          "The path must not contain '..': write it from the repository root, e.g. "
              + example(folder)
              + ".");
    }
    if (!written.toLowerCase(Locale.ROOT).endsWith(".md")) {
      throw refused("A runbook is a Markdown file: the path ends in .md, e.g. " + example(folder));
    }
    RunbookPath path;
    try {
      path = RunbookPath.of(written);
    } catch (InvalidRunbookPathException invalid) {
      throw refused(invalid.getMessage());
    }
    if (!folder.contains(path.value())) {
      throw refused(
          path.value()
              + " is outside the runbook folder "
              + folder.value()
              + "/: write it below that folder, e.g. "
              + example(folder)
              + ".");
    }
    return path;
  }

  private static String example(RunbookFolder folder) {
    return folder.isRoot() ? "database/restore.md" : folder.value() + "/database/restore.md";
  }

  private static FieldRefused refused(String message) {
    return FieldRefused.field("path", message);
  }
}
