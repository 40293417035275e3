package io.hindsight.postmortem.web;

import io.hindsight.postmortem.domain.BlameWarning;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The blame warnings of the texts an editor checked last: every pause in typing checks a new text,
 * and the page asks for the same text's warnings several times while it renders, so a few are kept.
 */
final class RecentWarnings {

  private static final int SIZE = 64;

  private final Map<String, List<WarningRow>> byText =
      new LinkedHashMap<>(SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<WarningRow>> eldest) {
          return size() > SIZE;
        }
      };

  /**
   * Synchronized: the live check of a section and a save can render the same view at once, and an
   * access-ordered map changes even on reads.
   */
  synchronized List<WarningRow> of(String text, Function<String, List<BlameWarning>> lint) {
    List<WarningRow> known = byText.get(text);
    if (known == null) {
      known = lint.apply(text).stream().map(warning -> WarningRow.of(warning, text)).toList();
      byText.put(text, known);
    }
    return known;
  }
}
