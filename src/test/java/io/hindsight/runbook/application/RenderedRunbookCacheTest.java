package io.hindsight.runbook.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.platform.markdown.RenderedMarkdown;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RenderedRunbookCacheTest {

  @Test
  void aCachedRenderDoesNotRenderAgain() {
    RenderedRunbookCache cache = new RenderedRunbookCache();
    AtomicInteger renders = new AtomicInteger();
    RenderedMarkdown first =
        cache.render(
            "blob:",
            () -> {
              renders.incrementAndGet();
              return new RenderedMarkdown("<p>x</p>", List.of());
            });
    RenderedMarkdown second =
        cache.render(
            "blob:",
            () -> {
              renders.incrementAndGet();
              return new RenderedMarkdown("<p>other</p>", List.of());
            });
    assertThat(renders).hasValue(1);
    assertThat(second).isSameAs(first);
  }

  @Test
  void theLeastRecentlyUsedEntryGoesWhenFull() {
    RenderedRunbookCache cache = new RenderedRunbookCache();
    for (int i = 0; i <= RenderedRunbookCache.CAPACITY; i++) {
      String html = "<p>" + i + "</p>";
      cache.render("k" + i, () -> new RenderedMarkdown(html, List.of()));
    }
    AtomicInteger renders = new AtomicInteger();
    cache.render(
        "k0",
        () -> {
          renders.incrementAndGet();
          return new RenderedMarkdown("<p>again</p>", List.of());
        });
    cache.render(
        "k" + RenderedRunbookCache.CAPACITY,
        () -> {
          renders.incrementAndGet();
          return new RenderedMarkdown("<p>never</p>", List.of());
        });
    assertThat(renders).hasValue(1);
  }
}
