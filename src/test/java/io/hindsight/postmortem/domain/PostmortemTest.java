package io.hindsight.postmortem.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.incident.domain.IncidentKey;
import io.hindsight.incident.domain.Severity;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.security.domain.Role;
import io.hindsight.security.domain.Username;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PostmortemTest {

  private static final Instant RESOLVED = Instant.parse("2026-11-02T10:00:00Z");
  private static final Username ANA = Username.of("ana");
  private static final Username BO = Username.of("bo");

  private final PostmortemTemplate template = PostmortemTemplate.standard();

  private Postmortem draft() {
    return Postmortem.open(
        new IncidentKey(2026, 42),
        7L,
        "Checkout down",
        Severity.P0,
        true,
        template,
        DeadlinePolicy.standard().deadlineFor(RESOLVED),
        Set.of(ANA),
        Map.of(SectionKey.of("summary"), "  prefilled  "),
        RESOLVED);
  }

  private static PostmortemContent content(Map<SectionKey, String> sections) {
    return new PostmortemContent(
        sections, List.of(), ImpactFigures.unknown(), Set.of(), Set.of(ANA, BO), Set.of("r:x"));
  }

  @Test
  void opensAsRevisionOneDraftWithEveryTemplateSectionAndTheDeadline() {
    Postmortem postmortem = draft();

    assertThat(postmortem.key().value()).isEqualTo("PM-2026-0042");
    assertThat(postmortem.status()).isEqualTo(PostmortemStatus.DRAFT);
    assertThat(postmortem.revision()).isEqualTo(1);
    assertThat(postmortem.dueAt()).isEqualTo(RESOLVED.plusSeconds(48 * 3600));
    assertThat(postmortem.sections()).hasSize(template.sections().size());
    assertThat(postmortem.section(SectionKey.of("summary"))).isEqualTo("prefilled");
    assertThat(postmortem.section(SectionKey.of("impact"))).isEmpty();
    assertThat(postmortem.participants().authors()).containsExactly(ANA);
  }

  @Test
  void aWaivedPostmortemThatTheIncidentsSeverityNowRequiresIsADraftAgain() {
    Postmortem postmortem =
        Postmortem.open(
            new IncidentKey(2026, 42),
            7L,
            "Checkout down",
            Severity.P2,
            false,
            template,
            DeadlinePolicy.standard().deadlineFor(RESOLVED),
            Set.of(ANA),
            Map.of(),
            RESOLVED);
    postmortem.moveTo(
        PostmortemStatus.WAIVED, Optional.of("Looked minor"), BO, RESOLVED.plusSeconds(60));
    Instant resolvedAgain = RESOLVED.plus(Duration.ofDays(3));
    PostmortemDeadline deadline = DeadlinePolicy.standard().deadlineFor(resolvedAgain);

    postmortem.followIncident(Severity.P3, false);
    assertThat(postmortem.requiredAgain(deadline, BO, resolvedAgain)).isFalse();
    postmortem.followIncident(Severity.P0, true);
    assertThat(postmortem.requiredAgain(deadline, BO, resolvedAgain)).isTrue();

    assertThat(postmortem.status()).isEqualTo(PostmortemStatus.DRAFT);
    assertThat(postmortem.severity()).isEqualTo(Severity.P0);
    assertThat(postmortem.required()).isTrue();
    assertThat(postmortem.waiveReason()).isEmpty();
    assertThat(postmortem.resolvedAt()).isEqualTo(resolvedAgain);
    assertThat(postmortem.dueAt()).isEqualTo(resolvedAgain.plus(Duration.ofHours(48)));
    assertThatThrownBy(
            () ->
                PostmortemWorkflow.standard()
                    .waive(postmortem.status(), Role.REVIEWER, postmortem.severity(), "Again"))
        .isInstanceOf(StateConflict.class)
        .hasMessageContaining("cannot be waived");
  }

  @Test
  void revisingMergesSectionsReplacesTheRestAndCountsARevision() {
    Postmortem postmortem = draft();
    Instant later = RESOLVED.plusSeconds(60);

    postmortem.revise(template, content(Map.of(SectionKey.of("impact"), "Many users")), BO, later);

    assertThat(postmortem.section(SectionKey.of("summary"))).isEqualTo("prefilled");
    assertThat(postmortem.section(SectionKey.of("impact"))).isEqualTo("Many users");
    assertThat(postmortem.participants().authors()).containsExactlyInAnyOrder(ANA, BO);
    assertThat(postmortem.acknowledged()).containsExactly("r:x");
    assertThat(postmortem.revision()).isEqualTo(2);
    assertThat(postmortem.updatedBy()).isEqualTo(BO);
    assertThat(postmortem.updatedAt()).isEqualTo(later);
  }

  @Test
  void refusesSectionsTheTemplateVersionDoesNotHave() {
    Postmortem postmortem = draft();

    assertThatThrownBy(
            () ->
                postmortem.revise(
                    template, content(Map.of(SectionKey.of("gossip"), "x")), ANA, RESOLVED))
        .isInstanceOf(FieldRefused.class)
        .hasMessageContaining("no section gossip");
    assertThat(postmortem.revision()).isEqualTo(1);
  }

  @Test
  void stepsKeepTheirNotes() {
    Postmortem postmortem = draft();

    postmortem.moveTo(
        PostmortemStatus.CHANGES_REQUESTED, Optional.of(" Add numbers "), BO, RESOLVED);
    assertThat(postmortem.reviewNote()).contains("Add numbers");
    postmortem.moveTo(PostmortemStatus.IN_REVIEW, Optional.empty(), ANA, RESOLVED);
    assertThat(postmortem.reviewNote()).isEmpty();
    postmortem.moveTo(PostmortemStatus.WAIVED, Optional.of("Duplicate"), BO, RESOLVED);
    assertThat(postmortem.waiveReason()).contains("Duplicate");
    assertThat(postmortem.revision()).isEqualTo(4);
  }

  @Test
  void contentNeedsAnAuthorAndBoundedSections() {
    assertThatThrownBy(
            () ->
                new PostmortemContent(
                    Map.of(), List.of(), ImpactFigures.unknown(), Set.of(), Set.of(), Set.of()))
        .isInstanceOf(FieldRefused.class)
        .extracting(e -> ((FieldRefused) e).field())
        .isEqualTo("authors");
    assertThatThrownBy(
            () ->
                content(
                    Map.of(
                        SectionKey.of("summary"),
                        "x".repeat(PostmortemContent.MAX_SECTION_LENGTH + 1))))
        .extracting(e -> ((FieldRefused) e).field())
        .isEqualTo("sections.summary");
  }

  @Test
  void impactFiguresAreNonNegativeWithAKnownCurrency() {
    ImpactFigures figures = ImpactFigures.of(1200L, 5400L, new BigDecimal("1800.50"), " eur ");
    assertThat(figures.currency()).contains("EUR");
    assertThat(figures.users()).contains(1200L);
    assertThatThrownBy(() -> ImpactFigures.of(-1L, null, null, null))
        .extracting(e -> ((FieldRefused) e).field())
        .isEqualTo("impact.users");
    assertThatThrownBy(() -> ImpactFigures.of(null, null, BigDecimal.TEN, null))
        .extracting(e -> ((FieldRefused) e).field())
        .isEqualTo("impact.currency");
    assertThatThrownBy(() -> ImpactFigures.of(null, null, BigDecimal.TEN, "EURO"))
        .extracting(e -> ((FieldRefused) e).field())
        .isEqualTo("impact.currency");
    assertThatThrownBy(() -> ImpactFigures.of(null, null, new BigDecimal("1.001"), "EUR"))
        .extracting(e -> ((FieldRefused) e).field())
        .isEqualTo("impact.cost");
    assertThatThrownBy(() -> ImpactFigures.of(null, null, null, "EUR"))
        .extracting(e -> ((FieldRefused) e).field())
        .isEqualTo("impact.cost");
  }

  @Test
  void keysAndFactorIdsHaveOneSpelling() {
    assertThat(PostmortemKey.parse("PM-2026-0042"))
        .contains(PostmortemKey.of(new IncidentKey(2026, 42)));
    assertThat(PostmortemKey.parse("PM-2026-00042")).isEmpty();
    assertThat(PostmortemKey.parse("INC-2026-0042")).isEmpty();
    assertThat(PostmortemKey.parse(null)).isEmpty();
    assertThat(FactorId.random().value()).matches("f-[0-9a-f]{8}");
    assertThat(FactorId.parse("f-0123abcd")).isPresent();
    assertThat(FactorId.parse("f-0123ABCD")).isEmpty();
    assertThatThrownBy(() -> new ContributingFactor(FactorId.random(), "  "))
        .isInstanceOf(FieldRefused.class);
  }
}
