package io.hindsight.platform.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MarkdownRendererConcurrencyTest {

  private static final int THREADS = 8;
  private static final int RENDERS_PER_THREAD = 50;

  @Test
  void rendersTheSameFromManyThreadsAtOnce() throws Exception {
    MarkdownRenderer renderer =
        MarkdownRenderer.builder().linkRewriter(url -> url.replace(".md", "")).build();
    List<String> documents =
        List.of(
            MarkdownRendererTest.fixture("runbooks-index.md"),
            "# A\n\n## A\n\n- [x] done\n\n<script>alert(1)</script>[x](javascript:alert(1))",
            "| a | b |\n|---|---|\n| [c](./c.md) | https://example.com |");
    List<RenderedMarkdown> expected = documents.stream().map(renderer::render).toList();

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<RenderedMarkdown>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        results.add(pool.submit(renderAll(renderer, documents, start)));
      }
      start.countDown();
      for (Future<List<RenderedMarkdown>> result : results) {
        List<RenderedMarkdown> rendered = result.get(30, TimeUnit.SECONDS);
        for (int i = 0; i < rendered.size(); i++) {
          assertThat(rendered.get(i)).isEqualTo(expected.get(i % documents.size()));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Callable<List<RenderedMarkdown>> renderAll(
      MarkdownRenderer renderer, List<String> documents, CountDownLatch start) {
    return () -> {
      start.await();
      List<RenderedMarkdown> rendered = new ArrayList<>();
      for (int i = 0; i < RENDERS_PER_THREAD * documents.size(); i++) {
        rendered.add(renderer.render(documents.get(i % documents.size())));
      }
      return rendered;
    };
  }
}
