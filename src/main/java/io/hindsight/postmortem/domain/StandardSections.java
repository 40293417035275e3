package io.hindsight.postmortem.domain;

import static io.hindsight.postmortem.domain.SectionDefinition.optional;
import static io.hindsight.postmortem.domain.SectionDefinition.required;

import java.util.List;

/** The sections of the first template version. */
final class StandardSections {

  static final List<SectionDefinition> ALL =
      List.of(
          required("summary", "Summary", "What happened, in two or three sentences."),
          required(
              "impact",
              "Impact",
              "Who was affected and how much: users, duration, failed requests, money where known."),
          required(
              "timeline", "Timeline", "What happened when, from the first signal to resolution."),
          optional(
              "detection",
              "Detection",
              "How we found out, and how we could have found out sooner."),
          optional("trigger", "Trigger", "The change or event that set the incident off."),
          required("root-causes", "Root causes", "The conditions that made the incident possible."),
          optional(
              "contributing-factors",
              "Contributing factors",
              "One per line: what made it worse or harder to handle. Action items can link to each."),
          required(
              "mitigation-and-resolution",
              "Mitigation and resolution",
              "What stopped the impact, and what fixed the cause."),
          optional("what-went-well", "What went well", "Practices and tools that helped."),
          optional(
              "what-went-poorly",
              "What went poorly",
              "Where the system or process got in the way."),
          optional(
              "where-we-got-lucky", "Where we got lucky", "What could easily have been worse."),
          required("lessons-learned", "Lessons learned", "What we now know about our systems."),
          optional(
              "runbook-feedback",
              "Runbook feedback",
              "Runbook steps that were missing, wrong or helpful; from the incident and new."));

  private StandardSections() {}
}
