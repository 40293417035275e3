package io.hindsight.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FullTextIndexTest {

  private static final FieldWeights WEIGHTS =
      new FieldWeights(Map.of("title", 3.0, "body", 1.0), "body");

  @Test
  void aTitleMatchOutranksTheSameWordInTheBody() {
    FullTextIndex index = new FullTextIndex();
    index.replaceAll(
        List.of(
            doc("a", "Disk pressure", "Free space when the volume fills up."),
            doc("b", "Queue backlog", "Sometimes disk is involved, check the queue first."),
            doc("c", "Certificates", "Renew certificates.")));

    List<SearchHit> hits = index.search("disk", WEIGHTS, 10);

    assertThat(hits).extracting(hit -> hit.ref().id()).containsExactly("a", "b");
    assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
  }

  @Test
  void documentsMatchingMoreTermsRankHigher() {
    FullTextIndex index = new FullTextIndex();
    index.replaceAll(
        List.of(
            doc("one", "Node", "The node is down."),
            doc("both", "Node", "The node is down and pods are evicted."),
            doc("none", "Database", "Restore from backup.")));

    assertThat(index.search("node pods evicted", WEIGHTS, 10))
        .extracting(hit -> hit.ref().id())
        .containsExactly("both", "one");
  }

  @Test
  void snippetsArePlainTextAroundTheMatchesWithHighlights() {
    String body =
        "Intro. ".repeat(60)
            + "When the <b>node</b> turns NotReady, cordon it.\nThen drain it. "
            + "Outro. ".repeat(60);
    FullTextIndex index = new FullTextIndex();
    index.put(doc("n", "Recovery", body));

    Snippet snippet = index.search("notready drain", WEIGHTS, 1).get(0).snippet();

    assertThat(snippet.text())
        .startsWith("…")
        .endsWith("…")
        .contains("<b>node</b> turns NotReady, cordon it. Then drain it.")
        .doesNotContain("\n");
    assertThat(snippet.text().length()).isLessThan(Snippets.WINDOW + 50);
    assertThat(snippet.highlights())
        .extracting(h -> snippet.text().substring(h.start(), h.end()))
        .containsExactly("NotReady", "drain");
  }

  @Test
  void snippetComesFromAnotherFieldWhenThePreferredOneDoesNotMatch() {
    FullTextIndex index = new FullTextIndex();
    index.put(doc("t", "Certificate renewal", "Nothing relevant here."));

    Snippet snippet = index.search("certificates", WEIGHTS, 1).get(0).snippet();

    assertThat(snippet.text()).isEqualTo("Certificate renewal");
    assertThat(snippet.highlights()).hasSize(1);
  }

  @Test
  void blankEmptyAndTermlessQueriesFindNothing() {
    FullTextIndex index = new FullTextIndex();
    index.put(doc("a", "The title", "Body"));

    assertThat(index.search("", WEIGHTS, 10)).isEmpty();
    assertThat(index.search("   ", WEIGHTS, 10)).isEmpty();
    assertThat(index.search(null, WEIGHTS, 10)).isEmpty();
    assertThat(index.search("the of and !!!", WEIGHTS, 10)).isEmpty();
    assertThat(index.search("title", WEIGHTS, 0)).isEmpty();
  }

  @Test
  void hugeQueriesAndLimitsAreBounded() {
    FullTextIndex index = new FullTextIndex();
    List<SearchDocument> documents = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      documents.add(doc("d" + i, "word" + i, "common text"));
    }
    index.replaceAll(documents);
    String huge = "common ".repeat(200_000) + "word7";

    assertThat(index.search(huge, WEIGHTS, 1_000)).hasSize(FullTextIndex.MAX_LIMIT);
    assertThat(index.search(huge, WEIGHTS, 5))
        .extracting(hit -> hit.ref().id())
        .doesNotContain("d7")
        .hasSize(5);
  }

  @Test
  void findsUnicodeTermsWhateverTheirCase() {
    FullTextIndex index = new FullTextIndex();
    index.replaceAll(
        List.of(doc("u", "ÜBERLAUF im Rechenzentrum Köln", "节点故障 处理"), doc("x", "Other", "other")));

    assertThat(index.search("überlauf", WEIGHTS, 5))
        .extracting(h -> h.ref().id())
        .containsExactly("u");
    assertThat(index.search("节点故障", WEIGHTS, 5)).extracting(h -> h.ref().id()).containsExactly("u");
    assertThat(index.search("😀", WEIGHTS, 5)).isEmpty();
  }

  @Test
  void replacingAndRemovingChangesWhatIsFound() {
    FullTextIndex index = new FullTextIndex();
    index.replaceAll(List.of(doc("a", "Alpha", "x"), doc("b", "Beta", "x")));
    index.put(doc("a", "Gamma", "x"));
    index.remove(new DocumentRef("doc", "b"));

    assertThat(index.search("alpha", WEIGHTS, 5)).isEmpty();
    assertThat(index.search("beta", WEIGHTS, 5)).isEmpty();
    assertThat(index.search("gamma", WEIGHTS, 5)).hasSize(1);
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void replacingOneKindKeepsTheOthers() {
    FullTextIndex index = new FullTextIndex();
    index.put(new SearchDocument(new DocumentRef("postmortem", "1"), Map.of("title", "disk full")));
    index.put(doc("a", "Disk", "x"));

    index.replace(ref -> ref.kind().equals("doc"), List.of(doc("b", "Disk again", "x")));

    assertThat(index.search("disk", WEIGHTS, 5))
        .extracting(hit -> hit.ref().toString())
        .containsExactlyInAnyOrder("postmortem:1", "doc:b");
    assertThat(index.search("disk", WEIGHTS, 5, ref -> ref.kind().equals("postmortem")))
        .extracting(hit -> hit.ref().id())
        .containsExactly("1");
  }

  @Test
  void readersSeeWholeSnapshotsWhileAWriterReplacesThem() throws Exception {
    FullTextIndex index = new FullTextIndex();
    index.replaceAll(generation(0));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> readers = new ArrayList<>();
      for (int r = 0; r < 3; r++) {
        readers.add(
            pool.submit(
                (Callable<Integer>)
                    () -> {
                      start.await();
                      int checked = 0;
                      for (int i = 0; i < 300; i++) {
                        List<SearchHit> hits = index.search("shared", WEIGHTS, 100);
                        assertThat(hits).hasSize(20);
                        assertThat(hits.stream().map(h -> h.ref().id().split("-")[0]).distinct())
                            .hasSize(1);
                        checked++;
                      }
                      return checked;
                    }));
      }
      Future<?> writer =
          pool.submit(
              () -> {
                start.await();
                for (int g = 1; g <= 50; g++) {
                  index.replaceAll(generation(g));
                }
                return null;
              });
      start.countDown();
      writer.get(60, TimeUnit.SECONDS);
      for (Future<Integer> reader : readers) {
        assertThat(reader.get(60, TimeUnit.SECONDS)).isEqualTo(300);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<SearchDocument> generation(int g) {
    List<SearchDocument> documents = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      documents.add(doc("g" + g + "-" + i, "shared title " + i, "shared body"));
    }
    return documents;
  }

  private static SearchDocument doc(String id, String title, String body) {
    return new SearchDocument(new DocumentRef("doc", id), Map.of("title", title, "body", body));
  }
}
