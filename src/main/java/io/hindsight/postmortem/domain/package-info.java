/** Post-mortems: deadlines, the blameless check, the review workflow, templates and SLA facts. */
package io.hindsight.postmortem.domain;
