package io.hindsight.runbook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RepositoryFilePathTest {

  @ParameterizedTest
  @ValueSource(strings = {"img/flow.png", "static/images/My Diagram.JPG", "a.b.c", "LICENSE"})
  void acceptsRelativePathsWithAnyExtension(String raw) {
    assertThat(RepositoryFilePath.of(raw).value()).isEqualTo(raw);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "../secret.png",
        "img/../../x.png",
        "/etc/passwd",
        "C:/x.png",
        "img\\x.png",
        "img/x.png\u0000.md",
        "%2e%2e/x.png",
        "img/%2fx.png",
        ".git/config",
        "img//x.png",
        "./x.png",
        " x.png"
      })
  void refusesPathsThatCouldLeaveTheRepository(String raw) {
    assertThat(RepositoryFilePath.parse(raw)).isEmpty();
    assertThatThrownBy(() -> RepositoryFilePath.of(raw))
        .isInstanceOf(InvalidRunbookPathException.class)
        .hasMessageContaining("file path");
  }

  @ParameterizedTest
  @CsvSource({
    "a.png, image/png",
    "a.JPG, image/jpeg",
    "a.jpeg, image/jpeg",
    "a.gif, image/gif",
    "a.webp, image/webp"
  })
  void imageTypesComeFromTheExtension(String name, String mediaType) {
    assertThat(ImageType.of(name)).map(ImageType::mediaType).contains(mediaType);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.svg", "a.html", "a.md", "png", "a.png.exe", "a."})
  void otherFilesAreNotImages(String name) {
    assertThat(ImageType.of(name)).isEmpty();
  }
}
