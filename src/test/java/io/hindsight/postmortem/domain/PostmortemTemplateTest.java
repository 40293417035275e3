package io.hindsight.postmortem.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.platform.refusal.FieldRefused;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostmortemTemplateTest {

  private final PostmortemTemplate standard = PostmortemTemplate.standard();

  @Test
  void standardTemplateHasTheIssuesSectionsInOrder() {
    assertThat(standard.version()).isEqualTo(1);
    assertThat(standard.sections())
        .extracting(section -> section.key().value())
        .containsExactly(
            "summary",
            "impact",
            "timeline",
            "detection",
            "trigger",
            "root-causes",
            "contributing-factors",
            "mitigation-and-resolution",
            "what-went-well",
            "what-went-poorly",
            "where-we-got-lucky",
            "lessons-learned",
            "runbook-feedback");
    assertThat(standard.sections()).allSatisfy(section -> assertThat(section.hint()).isNotBlank());
    assertThat(standard.section(SectionKey.of("impact")).orElseThrow().title()).isEqualTo("Impact");
  }

  @Test
  void addingASectionMakesANewVersionAndLeavesTheOldOneAlone() {
    PostmortemTemplate next =
        standard.withSection(
            SectionDefinition.optional("customer-communication", "Customer communication", ""));

    assertThat(next.version()).isEqualTo(2);
    assertThat(next.sections()).hasSize(14);
    assertThat(next.sections().get(13).key()).isEqualTo(SectionKey.of("customer-communication"));
    assertThat(standard.version()).isEqualTo(1);
    assertThat(standard.sections()).hasSize(13);
    assertThat(standard.section(SectionKey.of("customer-communication"))).isEmpty();
  }

  @Test
  void movingASectionKeepsTheOthersInOrderAndStopsAtTheEnds() {
    PostmortemTemplate next = standard.withSectionMoved(SectionKey.of("impact"), -1);

    assertThat(next.version()).isEqualTo(2);
    assertThat(next.sections())
        .extracting(section -> section.key().value())
        .startsWith("impact", "summary", "timeline");
    assertThat(standard.sections().get(0).key().value()).isEqualTo("summary");
    assertThatThrownBy(() -> standard.withSectionMoved(SectionKey.of("summary"), -1))
        .isInstanceOf(FieldRefused.class)
        .hasMessageContaining("cannot move up");
    assertThatThrownBy(() -> standard.withSectionMoved(SectionKey.of("runbook-feedback"), 1))
        .isInstanceOf(FieldRefused.class)
        .hasMessageContaining("cannot move down");
  }

  @Test
  void removingASectionMakesANewVersionButNeverTheLastOne() {
    PostmortemTemplate next = standard.withoutSection(SectionKey.of("where-we-got-lucky"));

    assertThat(next.sections()).hasSize(12);
    assertThat(next.section(SectionKey.of("where-we-got-lucky"))).isEmpty();
    assertThat(standard.section(SectionKey.of("where-we-got-lucky"))).isPresent();
    PostmortemTemplate single =
        PostmortemTemplate.of(4, List.of(SectionDefinition.required("summary", "Summary", "")));
    assertThatThrownBy(() -> single.withoutSection(SectionKey.of("summary")))
        .isInstanceOf(FieldRefused.class)
        .hasMessageContaining("at least one section");
    assertThatThrownBy(() -> standard.withoutSection(SectionKey.of("nothing-here")))
        .isInstanceOf(FieldRefused.class)
        .hasMessageContaining("no section");
  }

  @Test
  void aSectionBecomesOptionalAndRequiredAgain() {
    SectionKey summary = SectionKey.of("summary");
    PostmortemTemplate optional = standard.withSectionRequired(summary, false);

    assertThat(standard.section(summary).orElseThrow().required()).isTrue();
    assertThat(optional.section(summary).orElseThrow().required()).isFalse();
    assertThat(optional.missingRequired(Map.of())).noneMatch(s -> s.key().equals(summary));
    assertThat(
            optional.withSectionRequired(summary, true).section(summary).orElseThrow().required())
        .isTrue();
    assertThatThrownBy(() -> standard.withSectionRequired(summary, true))
        .isInstanceOf(FieldRefused.class)
        .hasMessageContaining("already required");
  }

  @Test
  void addingAtAPosition() {
    PostmortemTemplate next =
        standard.withSection(SectionDefinition.required("background", "Background", "Context."), 1);

    assertThat(next.sections().get(1).title()).isEqualTo("Background");
    assertThat(next.sections().get(2).title()).isEqualTo("Impact");
  }

  @Test
  void renamingKeepsTheKeyAndMakesANewVersion() {
    PostmortemTemplate renamed =
        standard.withSectionRenamed(SectionKey.of("where-we-got-lucky"), "  Near misses ");

    assertThat(renamed.version()).isEqualTo(2);
    assertThat(renamed.section(SectionKey.of("where-we-got-lucky")).orElseThrow().title())
        .isEqualTo("Near misses");
    assertThat(standard.section(SectionKey.of("where-we-got-lucky")).orElseThrow().title())
        .isEqualTo("Where we got lucky");
  }

  @Test
  void refusesBadChanges() {
    assertThatThrownBy(
            () -> standard.withSection(SectionDefinition.optional("summary", "Summary again", "")))
        .isInstanceOf(FieldRefused.class)
        .hasMessage("The template already has a section summary.");
    assertThatThrownBy(() -> standard.withSectionRenamed(SectionKey.of("nope"), "Title"))
        .hasMessage("The template has no section nope.");
    assertThatThrownBy(() -> standard.withSectionRenamed(SectionKey.of("summary"), "Summary"))
        .hasMessage("The section summary already has that title.");
    assertThatThrownBy(() -> standard.withSectionRenamed(SectionKey.of("summary"), " "))
        .hasMessage("A section needs a title.");
    assertThatThrownBy(() -> standard.withSection(SectionDefinition.optional("x", "X", ""), 14))
        .hasMessage("A new section goes at a position from 0 to 13.");
    assertThatThrownBy(() -> SectionDefinition.optional("x", "t".repeat(101), ""))
        .hasMessage("A section title has at most 100 characters.");
    assertThatThrownBy(() -> PostmortemTemplate.of(1, List.of()))
        .hasMessage("A template needs at least one section.");
  }

  @Test
  void sectionKeysAreSlugs() {
    assertThat(SectionKey.of("root-causes").value()).isEqualTo("root-causes");
    for (String bad : new String[] {"", "Root", "1st", "a--b", "a b", "-a", "a-", "x".repeat(41)}) {
      assertThatThrownBy(() -> SectionKey.of(bad)).isInstanceOf(FieldRefused.class);
    }
  }

  @Test
  void listsRequiredSectionsWithoutContent() {
    Map<SectionKey, String> content =
        Map.of(
            SectionKey.of("summary"), "Disk full.",
            SectionKey.of("impact"), "   ",
            SectionKey.of("timeline"), "- 10:02 alert",
            SectionKey.of("root-causes"), "No rotation.",
            SectionKey.of("mitigation-and-resolution"), "Rotated logs.");

    assertThat(standard.missingRequired(content))
        .extracting(section -> section.key().value())
        .containsExactly("impact", "lessons-learned");
  }
}
