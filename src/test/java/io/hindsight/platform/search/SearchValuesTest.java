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
  void overlongFieldsAreCutAndMissingOnesEmpty() {
    String huge = "x".repeat(SearchText.MAX_BODY_LENGTH + 10);

    SearchText text =
        new SearchText(new DocumentRef("doc", "1"), "sample", "T".repeat(2000), null, "", huge);

    assertThat(text.body()).hasSize(SearchText.MAX_BODY_LENGTH);
    assertThat(text.title()).hasSize(SearchText.MAX_TITLE_LENGTH);
    assertThat(text.keywords()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {""})
  void aDocumentHasAScope(String scope) {
    assertThatThrownBy(() -> new SearchText(new DocumentRef("doc", "1"), scope, "t", "", "", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new SearchText(new DocumentRef("doc", "1"), "s".repeat(201), "t", "", "", ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theFingerprintChangesWithAnyIndexedText() {
    DocumentRef ref = new DocumentRef("runbook", "sample/a.md");
    SearchText text = new SearchText(ref, "sample", "Disk full", "disk", "db", "Free space.");

    assertThat(text.fingerprint())
        .isEqualTo(
            new SearchText(ref, "sample", "Disk full", "disk", "db", "Free space.").fingerprint())
        .isNotEqualTo(
            new SearchText(ref, "other", "Disk full", "disk", "db", "Free space.").fingerprint())
        .isNotEqualTo(
            new SearchText(ref, "sample", "Disk full", "disk", "db", "Free space!!").fingerprint())
        .isNotEqualTo(
            new SearchText(ref, "sample", "Disk ful", "ldisk", "db", "Free space.").fingerprint());
  }

  @Test
  void bothDatabasesIndexTheTokenizersTermsPerField() {
    IndexedTerms terms =
        new IndexedTerms(
            new SearchText(
                new DocumentRef("runbook", "sample/a.md"),
                "sample",
                "KubeNodeNotReady",
                "",
                "",
                "Pods evicted; the pods were evicted."));

    assertThat(terms.frequencies().get(SearchText.BODY))
        .containsEntry("pod", 2)
        .containsEntry("evict", 2);
    assertThat(terms.sequence(SearchText.TITLE)).contains("notready", "node", "kubenodenotready");
    assertThat(terms.sequence(SearchText.KEYWORDS)).isEmpty();
    assertThat(terms.count()).isEqualTo(8 + 4);
  }

  @Test
  void queriesAreBoundedAndWeightsRelativeToTheHeaviest() {
    FieldWeights weights = new FieldWeights(Map.of("title", 4.0, "body", 1.0), "body");
    FullTextQuery query =
        FullTextQuery.of("runbook", "Disk disks full " + "w ".repeat(100), weights, 500);

    assertThat(query.limit()).isEqualTo(FullTextQuery.MAX_LIMIT);
    assertThat(query.terms()).startsWith("disk", "full").hasSize(3);
    assertThat(query.relativeWeight("title")).isEqualTo(1.0);
    assertThat(query.relativeWeight("body")).isEqualTo(0.25);
    assertThat(query.relativeWeight("summary")).isEqualTo(0.01);
    assertThat(FullTextQuery.of("runbook", null, weights, 5).terms()).isEmpty();
  }
}
