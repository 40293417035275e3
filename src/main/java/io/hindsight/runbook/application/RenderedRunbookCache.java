package io.hindsight.runbook.application;

import io.hindsight.platform.markdown.RenderedMarkdown;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rendered runbooks by Git blob id (and the folder links resolve against): a blob never changes, so
 * an entry is never stale; the least recently used entries go first.
 */
@ApplicationScoped
public class RenderedRunbookCache {

  static final int CAPACITY = 2_000;

  private final Map<String, RenderedMarkdown> entries =
      new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RenderedMarkdown> eldest) {
          return size() > CAPACITY;
        }
      };

  public RenderedMarkdown render(String key, Supplier<RenderedMarkdown> render) {
    synchronized (entries) {
      RenderedMarkdown cached = entries.get(key);
      if (cached != null) {
        return cached;
      }
    }
    RenderedMarkdown rendered = render.get();
    synchronized (entries) {
      entries.putIfAbsent(key, rendered);
    }
    return rendered;
  }
}
