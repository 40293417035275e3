package io.hindsight.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.domain.Username;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyDigestsTest {

  private static final Username ANA = Username.of("ana");
  private static final Username BO = Username.of("bo");
  // A Wednesday: the week runs 2026-11-30 to 2026-12-06, the quarter to 2026-12-31.
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  private static WeeklyDigests.Assigned review(Username who, long id, String title, String due) {
    return new WeeklyDigests.Assigned(
        who,
        id,
        RunbookRef.parse("ops/" + title + ".md").orElseThrow(),
        title,
        LocalDate.parse(due));
  }

  @Test
  void eachReviewerGetsWhatIsDueByTheWeeksEndOverdueFirstAndACountOfTheRest() {
    List<WeeklyDigests.Digest> digests =
        WeeklyDigests.of(
            List.of(
                review(ANA, 1, "dns", "2026-12-06"),
                review(ANA, 2, "disk", "2026-09-30"),
                review(BO, 3, "cache", "2026-12-03"),
                review(ANA, 4, "queue", "2026-12-07"),
                review(ANA, 5, "restore", "2026-12-31"),
                review(ANA, 6, "payments", "2027-03-31")),
            TODAY);

    assertThat(digests).extracting(WeeklyDigests.Digest::reviewer).containsExactly(ANA, BO);
    WeeklyDigests.Digest ana = digests.get(0);
    assertThat(ana.week().label()).isEqualTo("2026-W49");
    assertThat(ana.dueThisWeek())
        .extracting(WeeklyDigests.Assigned::title)
        .containsExactly("disk", "dns");
    assertThat(ana.moreThisWeek()).isZero();
    assertThat(ana.laterThisQuarter()).as("queue and restore, not payments").isEqualTo(2);
    assertThat(ana.dedupeKey()).isEqualTo("review-digest:ana:2026-W49");
    assertThat(digests.get(1).dueThisWeek())
        .extracting(WeeklyDigests.Assigned::itemId)
        .containsExactly(3L);
  }

  @Test
  void aReviewerWithNothingDueThisWeekGetsNoDigest() {
    assertThat(WeeklyDigests.of(List.of(review(ANA, 1, "dns", "2026-12-07")), TODAY)).isEmpty();
    assertThat(WeeklyDigests.of(List.of(), TODAY)).isEmpty();
  }

  @Test
  void onSundayTheWeekEndsThatDayAndAcrossTheYearsEndTheQuarterIsTheNewOne() {
    LocalDate sunday = LocalDate.of(2027, 1, 3);
    WeeklyDigests.Digest digest =
        WeeklyDigests.of(
                List.of(
                    review(ANA, 1, "dns", "2027-01-03"),
                    review(ANA, 2, "disk", "2027-01-04"),
                    review(ANA, 3, "queue", "2027-03-31")),
                sunday)
            .get(0);
    assertThat(digest.week().label()).isEqualTo("2026-W53");
    assertThat(digest.dueThisWeek())
        .extracting(WeeklyDigests.Assigned::title)
        .containsExactly("dns");
    assertThat(digest.laterThisQuarter()).isEqualTo(2);
  }

  @Test
  void longListsAreCutAndTheRestCounted() {
    List<WeeklyDigests.Assigned> many = new ArrayList<>();
    for (int i = 0; i < WeeklyDigests.MAX_LISTED + 7; i++) {
      many.add(review(ANA, i, "runbook-" + i, "2026-11-" + (10 + i % 20)));
    }
    WeeklyDigests.Digest digest = WeeklyDigests.of(many, TODAY).get(0);
    assertThat(digest.dueThisWeek()).hasSize(WeeklyDigests.MAX_LISTED);
    assertThat(digest.moreThisWeek()).isEqualTo(7);
    assertThat(digest.dueThisWeek().get(0).dueDate()).isEqualTo(LocalDate.of(2026, 11, 10));
  }
}
