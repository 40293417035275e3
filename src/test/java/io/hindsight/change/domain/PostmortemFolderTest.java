package io.hindsight.change.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostmortemFolderTest {

  @Test
  void a_post_mortem_goes_in_the_folder_of_its_year() {
    assertThat(new PostmortemFolder("postmortems").fileFor("PM-2026-0007", 2026).value())
        .isEqualTo("postmortems/2026/PM-2026-0007.md");
    assertThat(new PostmortemFolder("docs/post-mortems").fileFor("PM-2025-0012", 2025).value())
        .isEqualTo("docs/post-mortems/2025/PM-2025-0012.md");
  }

  @Test
  void a_folder_stays_inside_the_repository() {
    assertThat(PostmortemFolder.parse("../outside")).isEmpty();
    assertThat(PostmortemFolder.parse("postmortems/../..")).isEmpty();
    assertThat(PostmortemFolder.parse("/etc")).isEmpty();
    assertThat(PostmortemFolder.parse("postmortems/")).isEmpty();
    assertThat(PostmortemFolder.parse("a//b")).isEmpty();
    assertThat(PostmortemFolder.parse(".git")).isEmpty();
    assertThat(PostmortemFolder.parse("with space")).isEmpty();
    assertThat(PostmortemFolder.parse(" ")).isEmpty();
    assertThat(PostmortemFolder.parse(null)).isEmpty();
    assertThat(PostmortemFolder.parse("x".repeat(201))).isEmpty();
    assertThat(PostmortemFolder.parse("ops/post-mortems_v2.1")).isPresent();
  }

  @Test
  void an_invalid_folder_is_refused_with_what_is_wrong() {
    assertThatThrownBy(() -> new PostmortemFolder("../x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"..\"");
    assertThatThrownBy(() -> new PostmortemFolder("/x"))
        .hasMessageContaining("relative to the repository's root");
  }
}
