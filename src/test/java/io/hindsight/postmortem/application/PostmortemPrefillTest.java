package io.hindsight.postmortem.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.hindsight.incident.domain.Declaration;
import io.hindsight.incident.domain.Incident;
import io.hindsight.incident.domain.IncidentCategory;
import io.hindsight.incident.domain.IncidentKey;
import io.hindsight.incident.domain.IncidentTitle;
import io.hindsight.incident.domain.RunbookFeedback;
import io.hindsight.incident.domain.RunbookLink;
import io.hindsight.incident.domain.RunbookProblem;
import io.hindsight.incident.domain.ServiceName;
import io.hindsight.incident.domain.Severity;
import io.hindsight.incident.domain.SeverityPolicy;
import io.hindsight.postmortem.domain.ImpactFigures;
import io.hindsight.postmortem.domain.PostmortemContent;
import io.hindsight.postmortem.domain.SectionKey;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.domain.Username;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PostmortemPrefillTest {

  private static final Instant T0 = Instant.parse("2026-03-10T14:00:00Z");
  private static final Username RESPONDER = Username.of("responder");
  private static final RepositoryKey SAMPLE = RepositoryKey.of("sample");
  private static final RunbookPath RESTORE = RunbookPath.of("database-restore.md");

  private final Incident incident =
      Incident.declare(
          new IncidentKey(2026, 42),
          new Declaration(
              IncidentTitle.of("Primary database lost its disk"),
              Severity.P1,
              IncidentCategory.OUTAGE,
              Set.of(ServiceName.of("checkout-api")),
              T0,
              T0,
              false),
          SeverityPolicy.defaults(),
          RESPONDER,
          T0);

  private RunbookFeedback flag(String step, String note) {
    return new RunbookFeedback(
        incident, new RunbookRef(SAMPLE, RESTORE), step, RunbookProblem.WRONG, note, RESPONDER, T0);
  }

  @Test
  void aFewFlagsArePrefilledInFull() {
    Map<SectionKey, String> sections =
        PostmortemPrefill.of(
            incident,
            List.of(new RunbookLink(incident, new RunbookRef(SAMPLE, RESTORE), RESPONDER, T0)),
            List.of(flag("Promote the replica", "The command changed")));

    assertThat(sections.get(PostmortemPrefill.RUNBOOK_FEEDBACK))
        .isEqualTo(
            "Runbooks used during the incident:\n\n- `sample/database-restore.md`\n\n"
                + "Flagged during the incident:\n\n"
                + "- `sample/database-restore.md`, step \"Promote the replica\": wrong"
                + " — The command changed");
  }

  @Test
  void manyLongFlagsAreSummarisedWithALinkToTheRestAndLaterSavesAreAccepted() {
    String note =
        "pg_ctl promote printed 'server promoting' but the replica stayed read-only; "
            .repeat(50)
            .strip();
    List<RunbookFeedback> flags =
        IntStream.rangeClosed(1, 30).mapToObj(i -> flag("Promote the replica " + i, note)).toList();
    List<RunbookLink> used =
        IntStream.rangeClosed(1, 40)
            .mapToObj(
                i ->
                    new RunbookLink(
                        incident,
                        new RunbookRef(
                            SAMPLE,
                            RunbookPath.of(
                                "databases/postgres/failover/region-" + i + "/restore.md")),
                        RESPONDER,
                        T0))
            .toList();

    Map<SectionKey, String> sections = PostmortemPrefill.of(incident, used, flags);

    String feedback = sections.get(PostmortemPrefill.RUNBOOK_FEEDBACK);
    assertThat(feedback.length()).isLessThanOrEqualTo(PostmortemContent.MAX_SECTION_LENGTH / 4);
    assertThat(feedback)
        .contains("- `sample/databases/postgres/failover/region-1/restore.md`")
        .contains("40 runbooks were used; the ")
        .contains("step \"Promote the replica 1\": wrong — pg_ctl promote printed")
        .contains("…\n")
        .contains("30 steps were flagged; the ")
        .contains("are on [the incident page](incident.xhtml?key=INC-2026-0042#runbooks).");
    assertThatCode(
            () ->
                new PostmortemContent(
                    sections,
                    List.of(),
                    ImpactFigures.unknown(),
                    Set.of(),
                    Set.of(RESPONDER),
                    Set.of()))
        .doesNotThrowAnyException();
  }
}
