package io.hindsight.runbook.application;

import io.hindsight.platform.markdown.RenderedMarkdown;
import io.hindsight.runbook.domain.RunbookSummary;
import io.hindsight.runbook.git.LastChange;
import java.util.Optional;

/** One runbook opened for reading: its metadata, its Markdown as written, and as rendered. */
public record RunbookDocument(
    RunbookSummary summary,
    String markdown,
    RenderedMarkdown rendered,
    Optional<String> frontMatterProblem,
    Optional<LastChange> lastChange) {}
