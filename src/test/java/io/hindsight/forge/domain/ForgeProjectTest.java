package io.hindsight.forge.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForgeProjectTest {

  @Test
  void ownerAndNameOrAGitLabGroupPath() {
    ForgeProject github = ForgeProject.parse(" acme/runbooks ").orElseThrow();
    assertThat(github.owner()).isEqualTo("acme");
    assertThat(github.name()).isEqualTo("runbooks");
    ForgeProject gitlab = ForgeProject.parse("ops/sre/runbooks").orElseThrow();
    assertThat(gitlab.owner()).isEqualTo("ops/sre");
    assertThat(gitlab.name()).isEqualTo("runbooks");
  }

  @Test
  void refusesWhatIsNoProject() {
    assertThat(ForgeProject.parse("runbooks")).isEmpty();
    assertThat(ForgeProject.parse("acme/../etc")).isEmpty();
    assertThat(ForgeProject.parse("acme/run books")).isEmpty();
    assertThat(ForgeProject.parse("acme/runbooks?x=1")).isEmpty();
    assertThat(ForgeProject.parse(null)).isEmpty();
  }
}
