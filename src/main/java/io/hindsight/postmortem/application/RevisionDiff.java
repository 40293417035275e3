package io.hindsight.postmortem.application;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import io.hindsight.platform.text.SideBySideDiff;
import io.hindsight.postmortem.domain.PostmortemRevision;
import java.util.List;

/** The documents of two revisions of one post-mortem compared: unified, or side by side. */
public final class RevisionDiff {

  private static final int CONTEXT_LINES = 3;

  private RevisionDiff() {}

  public static String between(PostmortemRevision from, PostmortemRevision to) {
    List<String> before = from.document().lines().toList();
    List<String> after = to.document().lines().toList();
    Patch<String> patch = DiffUtils.diff(before, after);
    return String.join(
        "\n",
        UnifiedDiffUtils.generateUnifiedDiff(
            "revision-" + from.number() + ".md",
            "revision-" + to.number() + ".md",
            before,
            patch,
            CONTEXT_LINES));
  }

  /** Row by row, old revision left and new right, changed words marked; the text escaped. */
  public static List<SideBySideDiff.Row> sideBySide(
      PostmortemRevision from, PostmortemRevision to) {
    return SideBySideDiff.between(from.document(), to.document());
  }
}
