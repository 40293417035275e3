package io.hindsight.runbook.git;

import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.runbook.domain.RemoteUrl;
import io.hindsight.testing.BareRemote;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that write or talk to a remote record a span each; reads record none. */
class GitSpansTest {

  private final InMemorySpanExporter exported = InMemorySpanExporter.create();
  private final SdkTracerProvider tracing =
      SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exported)).build();

  @TempDir Path temp;

  @AfterEach
  void close() {
    tracing.close();
  }

  @Test
  void writingCommandsRecordASpanNamedForTheOperationAndTheRepository() throws Exception {
    BareRemote repo = BareRemote.create(temp.resolve("ops-runbooks.git"), "main");
    String base = repo.commit("Ann", "first", files("restore.md", "# Restore\n"));
    try (RunbookGit git = RunbookGit.open(repo.directory(), tracing.get("test"))) {
      git.resolve().branch("main").call();
      git.listFiles().at(base).call();
      git.moveBranch().branch("copy").from(Optional.empty()).to(base).call();
    }

    List<SpanData> spans = exported.getFinishedSpanItems();
    assertThat(spans).extracting(SpanData::getName).containsExactly("git move-branch");
    assertThat(spans.get(0).getAttributes().get(AttributeKey.stringKey("hindsight.repository")))
        .isEqualTo("ops-runbooks");
    assertThat(spans.get(0).getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
  }

  @Test
  void aFailedCommandMarksItsSpanAsAnError() throws Exception {
    BareRemote repo = BareRemote.create(temp.resolve("r.git"), "main");
    repo.commit("Ann", "first", files("restore.md", "# Restore\n"));
    try (RunbookGit git = RunbookGit.open(repo.directory(), tracing.get("test"))) {
      assertThatThrownBy(
              () ->
                  git.fetch()
                      .from(RemoteUrl.of(temp.resolve("missing.git").toUri().toString()))
                      .branch("main")
                      .call())
          .isInstanceOf(GitAccessException.class);
    }

    SpanData fetch = exported.getFinishedSpanItems().get(0);
    assertThat(fetch.getName()).isEqualTo("git fetch");
    assertThat(fetch.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(fetch.getEvents()).extracting(event -> event.getName()).contains("exception");
  }
}
