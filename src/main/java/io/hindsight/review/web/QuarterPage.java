package io.hindsight.review.web;

import io.hindsight.review.application.QuarterProgress;
import io.hindsight.review.application.ReviewQuarterView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The quarter view: this quarter's review progress, per repository and per owner. */
@Named
@RequestScoped
public class QuarterPage {

  @Inject ReviewQuarterView view;

  private QuarterProgress progress;

  public QuarterProgress getProgress() {
    if (progress == null) {
      progress = view.progress();
    }
    return progress;
  }

  public long getDaysLeft() {
    return getProgress().quarter().daysLeft(getProgress().today());
  }
}
