package io.hindsight.platform.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

  @Test
  void emptyHasNothing() {
    FrontMatter empty = FrontMatter.empty();

    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.value("title")).isEmpty();
    assertThat(empty.text("title")).isEmpty();
    assertThat(empty.texts("title")).isEmpty();
  }

  @Test
  void controlCharactersInValuesAreDroppedSoThatNoDatabaseRefusesTheIndex() {
    MarkdownDocument runbook =
        MarkdownDocument.parse(
            "---\nowner: \"ops\\0team\"\nservices: [\"db\\x07\", api]\n---\n# Failover\n");

    assertThat(runbook.frontMatter().text("owner")).contains("opsteam");
    assertThat(runbook.frontMatter().texts("services")).containsExactly("db", "api");
  }

  @Test
  void copiesDeeplyAndCannotBeModified() {
    List<Object> tags = new ArrayList<>(List.of("a"));
    Map<Object, Object> source = new LinkedHashMap<>();
    source.put("tags", tags);
    source.put(7, "seven");

    FrontMatter frontMatter = FrontMatter.of(source);
    tags.add("b");
    source.put("later", "x");

    assertThat(frontMatter.texts("tags")).containsExactly("a");
    assertThat(frontMatter.text("7")).contains("seven");
    assertThat(frontMatter.asMap()).containsOnlyKeys("tags", "7");
    assertThatThrownBy(() -> frontMatter.asMap().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    @SuppressWarnings("unchecked")
    List<Object> copiedTags = (List<Object>) frontMatter.value("tags").orElseThrow();
    assertThatThrownBy(() -> copiedTags.add("c")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nullValuesReadAsAbsent() {
    Map<String, Object> source = new HashMap<>();
    source.put("owner", null);

    FrontMatter frontMatter = FrontMatter.of(source);

    assertThat(frontMatter.isEmpty()).isFalse();
    assertThat(frontMatter.value("owner")).isEmpty();
    assertThat(frontMatter.texts("owner")).isEmpty();
  }

  @Test
  void equalWhenEntriesAreEqual() {
    assertThat(FrontMatter.of(Map.of("a", List.of(1))))
        .isEqualTo(FrontMatter.of(Map.of("a", List.of(1))))
        .hasSameHashCodeAs(FrontMatter.of(Map.of("a", List.of(1))))
        .isNotEqualTo(FrontMatter.empty());
  }
}
