package io.hindsight.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SideBySideDiffTest {

  @Test
  void marksChangedWordsOnBothSidesAndKeepsContext() {
    List<SideBySideDiff.Row> rows =
        SideBySideDiff.between(
            "## Summary\nCheckout returned 503 for 40 minutes.\nThe canary stage was skipped.",
            "## Summary\nCheckout returned 503 for 55 minutes.\nThe canary stage was skipped.\n"
                + "Config changes now go through the canary.");

    assertThat(rows)
        .extracting(SideBySideDiff.Row::kind)
        .containsExactly("same", "changed", "same", "added");
    assertThat(rows.get(1).oldHtml()).contains("<del>40</del>");
    assertThat(rows.get(1).newHtml()).contains("<ins>55</ins>");
    assertThat(rows.get(3).oldHtml()).isEmpty();
    assertThat(rows.get(3).newHtml()).contains("Config changes now go through the canary.");
  }

  @Test
  void removedLinesHaveNothingOnTheNewSide() {
    List<SideBySideDiff.Row> rows =
        SideBySideDiff.between("Rolled back to v12.\nPaged the DBA.", "Rolled back to v12.");

    assertThat(rows).extracting(SideBySideDiff.Row::kind).containsExactly("same", "removed");
    assertThat(rows.get(1).oldHtml()).contains("Paged the DBA.");
    assertThat(rows.get(1).newHtml()).isEmpty();
  }

  @Test
  void escapesTheTextSoThatItNeverRunsAsMarkup() {
    List<SideBySideDiff.Row> rows =
        SideBySideDiff.between("safe", "<script>alert(\"x\")</script> & <b>bold</b>");

    String html = rows.get(0).newHtml();
    assertThat(html).doesNotContain("<script>").doesNotContain("<b>");
    assertThat(html).contains("&lt;script&gt;").contains("&amp;");
  }
}
