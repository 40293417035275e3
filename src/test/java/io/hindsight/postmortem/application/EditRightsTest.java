package io.hindsight.postmortem.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EditRightsTest {

  private static EditRights in(String status) {
    return new EditRights(status, List.of("ana", "both"), List.of("rui", "both"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"draft", "changes_requested"})
  void whileWrittenOnlyTheAuthorsEdit(String status) {
    assertThat(in(status).mayEdit("ana", true)).isTrue();
    assertThat(in(status).mayEdit("rui", true)).isFalse();
    assertThat(in(status).mayEdit("someone", true)).isFalse();
  }

  @Test
  void oncePublishedTheChosenReviewersMayEditANewRevisionToo() {
    assertThat(in("published").mayEdit("ana", true)).isTrue();
    assertThat(in("published").mayEdit("rui", true)).isTrue();
    assertThat(in("published").mayEdit("someone", true)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"in_review", "waived"})
  void inReviewOrWaivedNobodyEdits(String status) {
    assertThat(in(status).mayEdit("ana", true)).isFalse();
    assertThat(in(status).mayEdit("rui", true)).isFalse();
  }

  @Test
  void aViewerNeverEditsAndAnAuthorIsNeverAlsoAChosenReviewer() {
    assertThat(in("draft").mayEdit("ana", false)).isFalse();
    assertThat(in("published").mayEdit("rui", false)).isFalse();
    assertThat(in("published").chosenReviewer("both")).isFalse();
    assertThat(in("published").author("both")).isTrue();
  }
}
