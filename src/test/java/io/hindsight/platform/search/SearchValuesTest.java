package io.hindsight.platform.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchValuesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Runbook",
        "post mortem",
        "1runbook",
        "a-very-long-kind-name-that-is-too-long"
      })
  void documentKindsAreShortLowercaseWords(String kind) {
    assertThatThrownBy(() -> new DocumentRef(kind, "1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void documentIdsAreNotEmpty() {
    assertThatThrownBy(() -> new DocumentRef("runbook", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new DocumentRef("postmortem", "INC-1")).hasToString("postmortem:INC-1");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY})
  void fieldWeightsArePositive(double weight) {
    assertThatThrownBy(() -> new FieldWeights(Map.of("title", weight), "title"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void overlongFieldsAreCut() {
    String huge = "x".repeat(SearchDocument.MAX_FIELD_LENGTH + 10);

    SearchDocument document = new SearchDocument(new DocumentRef("doc", "1"), Map.of("body", huge));

    assertThat(document.fields().get("body")).hasSize(SearchDocument.MAX_FIELD_LENGTH);
  }
}
