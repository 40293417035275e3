package io.hindsight.runbook.domain;

import io.hindsight.platform.markdown.MarkdownStructure;
import io.hindsight.platform.markdown.MarkdownStructure.OutlineHeading;
import io.hindsight.platform.markdown.MarkdownStructure.OutlineLink;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks runbooks against a {@link LintConfig}: required sections, owner, readable metadata, and
 * links and anchors that resolve; and a repository's index table against its files.
 */
public final class RunbookLint {

  private final LintConfig config;

  public RunbookLint(LintConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * The findings of one runbook, in the order of the file.
   *
   * @param body the Markdown after the front matter
   * @param bodyFirstLine the line of the file, counting from 1, on which {@code body} starts
   */
  public List<LintFinding> lint(
      RunbookMetadata metadata, String body, int bodyFirstLine, LinkTargets files) {
    RunbookPath path = metadata.path();
    MarkdownStructure structure = MarkdownStructure.of(body);
    List<LintFinding> findings = new ArrayList<>();
    if (!metadata.isIndexPage()) {
      if (config.ownerRequired() && metadata.owner().isEmpty()) {
        findings.add(
            LintFinding.of(
                LintRule.MISSING_OWNER, path, "No owner: add \"owner:\" to the front matter."));
      }
      metadata.problems().stream()
          .map(problem -> LintFinding.of(LintRule.INVALID_METADATA, path, problem))
          .forEach(findings::add);
      findings.addAll(missingSections(path, structure.headings()));
    }
    Set<String> ownAnchors =
        structure.headings().stream().map(OutlineHeading::id).collect(Collectors.toSet());
    for (OutlineLink link : structure.links()) {
      brokenLink(path, link, ownAnchors, files)
          .map(finding -> finding.at(link.line() + bodyFirstLine - 1).about(link.destination()))
          .ifPresent(findings::add);
    }
    findings.addAll(encodingDamage(path, body, bodyFirstLine));
    return List.copyOf(findings);
  }

  private static List<LintFinding> encodingDamage(RunbookPath path, String body, int firstLine) {
    List<LintFinding> findings = new ArrayList<>();
    String[] lines = body.split("\\r\\n|\\r|\\n", -1);
    for (int i = 0; i < lines.length; i++) {
      for (EncodingDamage damage : EncodingDamage.in(lines[i])) {
        findings.add(
            LintFinding.of(
                    LintRule.ENCODING_DAMAGE,
                    path,
                    "\""
                        + damage.damaged()
                        + "\" is UTF-8 text read as Windows-1252 or Latin-1: write \""
                        + damage.repaired()
                        + "\".")
                .at(firstLine + i)
                .about(damage.damaged())
                .fixedBy(damage.repaired()));
      }
    }
    return findings;
  }

  /** The rows of {@code tables} that disagree with the repository, and runbooks they leave out. */
  public List<LintFinding> lintIndex(
      IndexTables tables, Collection<RunbookMetadata> runbooks, LinkTargets files, ZoneId zone) {
    return IndexConsistency.check(tables, runbooks, files, zone, config.indexStaleGrace());
  }

  /** {@link #lintIndex(IndexTables, Collection, LinkTargets, ZoneId)} for one index file. */
  public List<LintFinding> lintIndex(
      IndexTable table, Collection<RunbookMetadata> runbooks, LinkTargets files, ZoneId zone) {
    return lintIndex(IndexTables.of(List.of(table)), runbooks, files, zone);
  }

  private List<LintFinding> missingSections(RunbookPath path, List<OutlineHeading> headings) {
    List<LintFinding> findings = new ArrayList<>();
    for (RequiredSection section : config.requiredSections()) {
      if (headings.stream().noneMatch(heading -> section.matches(heading.text()))) {
        findings.add(
            LintFinding.of(
                    LintRule.MISSING_SECTION,
                    path,
                    "No \"" + section.name() + "\" section: add a heading for it.")
                .about(section.name()));
      }
    }
    return findings;
  }

  private static Optional<LintFinding> brokenLink(
      RunbookPath path, OutlineLink link, Set<String> ownAnchors, LinkTargets files) {
    Optional<RelativeLink.Resolution> resolution = RelativeLink.resolve(path, link.destination());
    if (resolution.isEmpty()) {
      return Optional.empty();
    }
    Optional<RelativeLink> internal = resolution.get().link();
    if (internal.isEmpty()) {
      return Optional.of(
          LintFinding.of(LintRule.BROKEN_LINK, path, "The link points outside the repository."));
    }
    Optional<String> target = internal.get().path();
    if (target.isPresent() && !files.exists(target.get())) {
      return Optional.of(
          LintFinding.of(LintRule.BROKEN_LINK, path, "No file " + target.get() + "."));
    }
    Optional<Set<String>> anchors =
        target.isEmpty()
            ? Optional.of(ownAnchors)
            : RunbookPath.parse(target.get()).flatMap(files::anchorsOf);
    Optional<String> fragment = internal.get().fragment().filter(f -> !f.isEmpty());
    if (fragment.isPresent()
        && anchors.isPresent()
        && !anchors.get().contains(fragment.get().toLowerCase(Locale.ROOT))) {
      return Optional.of(
          LintFinding.of(
              LintRule.BROKEN_ANCHOR,
              path,
              "No heading #" + fragment.get() + " in " + target.orElse(path.value()) + "."));
    }
    return Optional.empty();
  }
}
