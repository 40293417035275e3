package io.hindsight.change.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.change.application.PostmortemCommits.Route;
import io.hindsight.change.domain.ChangeBranch;
import io.hindsight.change.domain.ChangeSource;
import io.hindsight.change.domain.PostmortemFolder;
import io.hindsight.change.domain.SourceKind;
import org.junit.jupiter.api.Test;

class PostmortemRouteTest {

  @Test
  void aRouteIsReviewOrDirectInAnyCase() {
    assertThat(Route.parse("review")).contains(Route.REVIEW);
    assertThat(Route.parse(" DIRECT ")).contains(Route.DIRECT);
    assertThat(Route.parse("sideways")).isEmpty();
    assertThat(Route.parse(null)).isEmpty();
    assertThat(Route.DIRECT.word()).isEqualTo("direct");
  }

  @Test
  void aPostmortemsChangeHasItsOwnBranchAndReference() {
    ChangeSource source = new ChangeSource(SourceKind.POSTMORTEM, "PM-2026-0007");
    var file = new PostmortemFolder("postmortems").fileFor("PM-2026-0007", 2026);
    assertThat(ChangeBranch.of(file, source).value())
        .isEqualTo("runbook-improvement/pm-2026-0007-postmortem-pm-2026-0007");
    assertThat(source.reference()).isEqualTo("Post-mortem PM-2026-0007");
    assertThat(SourceKind.parse("postmortem")).contains(SourceKind.POSTMORTEM);
  }
}
