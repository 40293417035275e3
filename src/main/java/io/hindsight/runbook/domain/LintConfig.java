package io.hindsight.runbook.domain;

import java.util.List;

/**
 * What lint asks of every runbook.
 *
 * @param requiredSections sections that must each have a heading
 * @param ownerRequired whether a runbook without an owner is a finding
 */
public record LintConfig(List<RequiredSection> requiredSections, boolean ownerRequired) {

  public LintConfig {
    requiredSections = List.copyOf(requiredSections);
  }

  /** Trigger, impact, steps, verification, rollback and escalation, and an owner. */
  public static LintConfig defaults() {
    return new LintConfig(
        List.of(
            RequiredSection.of("Trigger", "When to use", "Triggers", "Symptoms", "Meaning"),
            RequiredSection.of("Impact"),
            RequiredSection.of("Steps", "Procedure", "Resolution", "Mitigation", "Step"),
            RequiredSection.of("Verification", "Verify", "Validation", "Validate"),
            RequiredSection.of("Rollback", "Roll back", "Undo", "Revert"),
            RequiredSection.of("Escalation", "Escalate", "Contacts")),
        true);
  }

  public LintConfig withRequiredSections(List<RequiredSection> sections) {
    return new LintConfig(sections, ownerRequired);
  }
}
