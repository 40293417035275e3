package io.hindsight.postmortem.web;

import io.hindsight.postmortem.domain.BlameWarning;
import io.hindsight.postmortem.domain.NotBlameMark;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The blame warnings of the editor's text as it is now: per section, per contributing factor, and
 * how many are still open (neither fixed, acknowledged nor in a sentence marked "not blame").
 */
final class EditorWarnings {

  private final EditorState editor;
  private final Function<String, List<BlameWarning>> lint;
  private final Supplier<Set<String>> markedNow;
  private final RecentWarnings recent = new RecentWarnings();
  private Set<String> marked;

  EditorWarnings(
      EditorState editor, Function<String, List<BlameWarning>> lint, Supplier<Set<String>> marked) {
    this.editor = editor;
    this.lint = lint;
    this.markedNow = marked;
  }

  List<WarningRow> ofSection(String section) {
    return dismissed(recent.of(editor.section(section), lint));
  }

  List<WarningRow> ofFactor(FactorRow factor) {
    return dismissed(
        recent.of(factor.getDescription() == null ? "" : factor.getDescription(), lint));
  }

  private List<WarningRow> dismissed(List<WarningRow> rows) {
    if (marked == null) {
      marked = markedNow.get();
    }
    return rows.stream()
        .map(row -> row.dismissed(marked.contains(NotBlameMark.normal(row.sentence()))))
        .toList();
  }

  int open() {
    int open = 0;
    for (String section : editor.getSections().keySet()) {
      open +=
          (int)
              ofSection(section).stream()
                  .filter(w -> !w.dismissed() && !editor.acknowledged(w))
                  .count();
    }
    for (FactorRow factor : editor.getFactors()) {
      open +=
          (int)
              ofFactor(factor).stream()
                  .filter(w -> !w.dismissed() && !editor.acknowledged(w))
                  .count();
    }
    return open;
  }
}
