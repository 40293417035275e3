package io.hindsight.review.domain;

import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.domain.Username;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The weekly digest of each reviewer: the reviews assigned to them that are due by the end of the
 * week (overdue ones first, then by due date), and how many more fall due later in the quarter. A
 * reviewer with nothing due this week gets no digest; at most {@value #MAX_LISTED} reviews are
 * listed, the rest counted.
 */
public final class WeeklyDigests {

  public static final int MAX_LISTED = 50;

  private WeeklyDigests() {}

  /** A review assigned to someone, as the digest lists it. */
  public record Assigned(
      Username reviewer, long itemId, RunbookRef runbook, String title, LocalDate dueDate) {

    public Assigned {
      Objects.requireNonNull(reviewer, "reviewer");
      Objects.requireNonNull(runbook, "runbook");
      Objects.requireNonNull(dueDate, "dueDate");
    }
  }

  /**
   * One reviewer's digest for a week.
   *
   * @param dueThisWeek the reviews due by the week's Sunday (overdue included), the most urgent
   *     first, at most {@value #MAX_LISTED}
   * @param moreThisWeek how many more are due this week than are listed
   * @param laterThisQuarter how many are due after this week and by the end of the quarter
   */
  public record Digest(
      Username reviewer,
      ReviewWeek week,
      List<Assigned> dueThisWeek,
      int moreThisWeek,
      int laterThisQuarter) {

    public Digest {
      dueThisWeek = List.copyOf(dueThisWeek);
    }

    /** {@code review-digest:<reviewer>:<week>}: one digest per reviewer and week. */
    public String dedupeKey() {
      return "review-digest:" + reviewer.value() + ":" + week.label();
    }
  }

  /** The digests for the week of {@code today}, by reviewer name. */
  public static List<Digest> of(List<Assigned> assigned, LocalDate today) {
    ReviewWeek week = ReviewWeek.of(today);
    LocalDate sunday = week.sunday();
    LocalDate quarterEnd = ReviewQuarter.of(today).end();
    Map<String, List<Assigned>> byReviewer = new TreeMap<>();
    assigned.forEach(
        review ->
            byReviewer
                .computeIfAbsent(review.reviewer().value(), r -> new ArrayList<>())
                .add(review));
    List<Digest> digests = new ArrayList<>();
    byReviewer.forEach(
        (name, reviews) -> {
          List<Assigned> thisWeek =
              reviews.stream()
                  .filter(review -> !review.dueDate().isAfter(sunday))
                  .sorted(
                      Comparator.comparing(Assigned::dueDate)
                          .thenComparing(Assigned::title, Comparator.nullsLast(String::compareTo))
                          .thenComparingLong(Assigned::itemId))
                  .toList();
          if (thisWeek.isEmpty()) {
            return;
          }
          int later =
              (int)
                  reviews.stream()
                      .filter(review -> review.dueDate().isAfter(sunday))
                      .filter(review -> !review.dueDate().isAfter(quarterEnd))
                      .count();
          List<Assigned> listed = thisWeek.subList(0, Math.min(MAX_LISTED, thisWeek.size()));
          digests.add(
              new Digest(
                  reviews.get(0).reviewer(), week, listed, thisWeek.size() - listed.size(), later));
        });
    return digests;
  }
}
