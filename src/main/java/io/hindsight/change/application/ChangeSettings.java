package io.hindsight.change.application;

import io.hindsight.change.domain.MergeMode;
import io.hindsight.change.domain.SignificantChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Change request settings, read through MicroProfile Config (environment variables override). */
@ApplicationScoped
public class ChangeSettings {

  @Inject
  @ConfigProperty(name = "hindsight.change.approvals-required", defaultValue = "1")
  int approvalsRequired;

  @Inject
  @ConfigProperty(name = "hindsight.change.merge-mode", defaultValue = "fast-forward")
  String mergeMode;

  @Inject
  @ConfigProperty(name = "hindsight.change.significant.highest-severity", defaultValue = "true")
  boolean highestSeverity;

  @Inject
  @ConfigProperty(name = "hindsight.change.significant.sections", defaultValue = "true")
  boolean sections;

  @Inject
  @ConfigProperty(name = "hindsight.change.committer-name", defaultValue = "Hindsight")
  String committerName;

  @Inject
  @ConfigProperty(name = "hindsight.change.committer-email", defaultValue = "hindsight@localhost")
  String committerEmail;

  public int approvalsRequired() {
    return Math.max(1, approvalsRequired);
  }

  public MergeMode mergeMode() {
    return MergeMode.valueOf(mergeMode.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  public SignificantChange significance() {
    return new SignificantChange(highestSeverity, sections);
  }

  public String committerName() {
    return committerName;
  }

  public String committerEmail() {
    return committerEmail;
  }
}
