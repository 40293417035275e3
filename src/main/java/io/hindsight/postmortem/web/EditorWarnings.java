package io.hindsight.postmortem.web;

import io.hindsight.postmortem.domain.BlameWarning;
import java.util.List;
import java.util.function.Function;

/**
 * The blame warnings of the editor's text as it is now: per section, per contributing factor, and
 * how many are still open (neither fixed nor acknowledged).
 */
final class EditorWarnings {

  private final EditorState editor;
  private final Function<String, List<BlameWarning>> lint;
  private final RecentWarnings recent = new RecentWarnings();

  EditorWarnings(EditorState editor, Function<String, List<BlameWarning>> lint) {
    this.editor = editor;
    this.lint = lint;
  }

  List<WarningRow> ofSection(String section) {
    return recent.of(editor.section(section), lint);
  }

  List<WarningRow> ofFactor(FactorRow factor) {
    return recent.of(factor.getDescription() == null ? "" : factor.getDescription(), lint);
  }

  int open() {
    int open = 0;
    for (String section : editor.getSections().keySet()) {
      open += (int) ofSection(section).stream().filter(w -> !editor.acknowledged(w)).count();
    }
    for (FactorRow factor : editor.getFactors()) {
      open += (int) ofFactor(factor).stream().filter(w -> !editor.acknowledged(w)).count();
    }
    return open;
  }
}
