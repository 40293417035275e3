package io.hindsight.platform.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SanitizerNeedTest {

  private static final Parser PARSER = Parser.builder().build();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Plain *text* with `code` and <https://example.com>",
        "[a](./b.md) [c](../d.md#x) [e](#f) [g](/abs/path?x=1:2)",
        "[a](http://x.example) [b](HTTPS://x.example) [c](mailto:a@b.example) ![i](img/p.png)",
        "Text with &lt;script&gt; entities and a_b_c"
      })
  void documentsWithoutRawHtmlAndWithSafeDestinationsSkipTheSanitizer(String markdown) {
    assertThat(SanitizerNeed.of(PARSER.parse(markdown))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "text <b onclick=alert(1)>bold</b>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](<java\tscript:alert(1)>)",
        "[x](javascri%0Apt:alert(1))",
        "![x](data:image/svg+xml;base64,PHN2Zz4=)",
        "[x](vbscript:msgbox(1))",
        "[x](file:///etc/passwd)",
        "[x](<a\\b>)"
      })
  void rawHtmlAndOtherSchemesGoThroughTheSanitizer(String markdown) {
    assertThat(SanitizerNeed.of(PARSER.parse(markdown))).isTrue();
  }
}
