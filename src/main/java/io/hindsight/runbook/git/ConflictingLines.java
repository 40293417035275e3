package io.hindsight.runbook.git;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeChunk;
import org.eclipse.jgit.merge.MergeChunk.ConflictState;
import org.eclipse.jgit.merge.MergeResult;

/**
 * Where a three-way merge of one text would stop: the lines that the base branch and a change both
 * changed, each side as it reads now. Computed on the texts alone, nothing is written.
 */
public final class ConflictingLines {

  /**
   * One conflict: from line {@code line} (1-based) of the change's text, what the base now has and
   * what the change has instead.
   */
  public record Hunk(int line, String base, String change) {}

  private ConflictingLines() {}

  /**
   * @param ancestor the text both sides started from
   * @param base the base branch's text now
   * @param change the change's text
   */
  public static List<Hunk> between(String ancestor, String base, String change) {
    MergeResult<RawText> result =
        new MergeAlgorithm()
            .merge(RawTextComparator.DEFAULT, raw(ancestor), raw(base), raw(change));
    if (!result.containsConflicts()) {
      return List.of();
    }
    List<Hunk> hunks = new ArrayList<>();
    String baseSide = null;
    for (MergeChunk chunk : result) {
      RawText text = result.getSequences().get(chunk.getSequenceIndex());
      if (chunk.getConflictState() == ConflictState.FIRST_CONFLICTING_RANGE) {
        baseSide = lines(text, chunk.getBegin(), chunk.getEnd());
      } else if (chunk.getConflictState() == ConflictState.NEXT_CONFLICTING_RANGE) {
        hunks.add(
            new Hunk(
                chunk.getBegin() + 1, baseSide, lines(text, chunk.getBegin(), chunk.getEnd())));
      }
    }
    return List.copyOf(hunks);
  }

  private static RawText raw(String text) {
    return new RawText(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String lines(RawText text, int begin, int end) {
    StringBuilder lines = new StringBuilder();
    for (int i = begin; i < end; i++) {
      lines.append(text.getString(i)).append('\n');
    }
    return lines.toString();
  }
}
