package io.hindsight.postmortem.application;

import io.hindsight.platform.search.SearchDocuments;
import io.hindsight.postmortem.domain.PostmortemKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Indexes, once per node, the post-mortems saved before the shared index existed (later ones are
 * indexed as they are saved). They go in batches of {@value #BATCH}, each in a transaction of its
 * own: in one transaction, every post-mortem read made the next query flush all those read before
 * it, and a team with 5,000 of them ran past the transaction timeout on its first search.
 */
@ApplicationScoped
public class PostmortemSearchBackfill {

  static final int BATCH = 200;

  private static final Logger LOG = Logger.getLogger(PostmortemSearchBackfill.class.getName());

  @Inject Postmortems postmortems;
  @Inject SearchDocuments documents;
  @Inject Batch batch;

  private volatile boolean done;

  /** Returns once every post-mortem has its document; a second caller meanwhile waits for it. */
  public void once() {
    if (done) {
      return;
    }
    synchronized (this) {
      if (done) {
        return;
      }
      Set<String> indexed = documents.references(PostmortemSearch.KIND);
      List<String> missing =
          postmortems.allKeys().stream().filter(key -> !indexed.contains(key)).toList();
      for (int from = 0; from < missing.size(); from += BATCH) {
        batch.index(missing.subList(from, Math.min(missing.size(), from + BATCH)));
      }
      if (!missing.isEmpty()) {
        LOG.info(
            () -> "Indexed " + missing.size() + " post-mortems saved before the search index.");
      }
      done = true;
    }
  }

  /** One batch's transaction. */
  @ApplicationScoped
  public static class Batch {

    @Inject Postmortems postmortems;
    @Inject SearchDocuments documents;
    @Inject PostmortemSearchTexts texts;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void index(List<String> keys) {
      for (String key : keys) {
        PostmortemKey.parse(key)
            .flatMap(postmortems::find)
            .ifPresent(postmortem -> documents.put(texts.of(postmortem)));
      }
    }
  }
}
