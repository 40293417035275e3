package io.hindsight.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.platform.search.Snippet.Highlight;
import io.hindsight.platform.search.Snippet.Part;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetTest {

  @Test
  void partsAlternateBetweenPlainTextAndMatchedTerms() {
    Snippet snippet =
        new Snippet(
            "Restart the cache, then check the cache hit rate",
            List.of(new Highlight(12, 17), new Highlight(34, 39)));

    assertThat(snippet.parts())
        .containsExactly(
            new Part("Restart the ", false),
            new Part("cache", true),
            new Part(", then check the ", false),
            new Part("cache", true),
            new Part(" hit rate", false));
  }

  @Test
  void aSnippetThatStartsAndEndsWithATermHasNoEmptyParts() {
    Snippet snippet = new Snippet("disk full", List.of(new Highlight(0, 4), new Highlight(5, 9)));

    assertThat(snippet.parts())
        .containsExactly(new Part("disk", true), new Part(" ", false), new Part("full", true));
  }

  @Test
  void highlightsBeyondTheTextOrOverlappingArePartlyOrWhollyIgnored() {
    Snippet snippet =
        new Snippet(
            "short text", List.of(new Highlight(0, 5), new Highlight(3, 7), new Highlight(8, 40)));

    assertThat(snippet.parts())
        .containsExactly(
            new Part("short", true),
            new Part(" t", true),
            new Part("e", false),
            new Part("xt", true));
  }

  @Test
  void withoutHighlightsTheWholeTextIsOnePlainPart() {
    assertThat(new Snippet("nothing matched", List.of()).parts())
        .containsExactly(new Part("nothing matched", false));
    assertThat(new Snippet("", List.of()).parts()).isEmpty();
  }
}
