package io.hindsight.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.platform.clock.TimeBounds;
import io.hindsight.platform.refusal.FieldError;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.text.SingleLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonBodyTest {

  enum Kind {
    OUTAGE
  }

  record Factor(String id, String description) {}

  record Body(
      Boolean restricted,
      Long version,
      Integer minutes,
      BigDecimal cost,
      @SingleLine String title,
      Kind kind,
      Instant startedAt,
      LocalDate due,
      @SingleLine List<String> services,
      Map<String, String> sections,
      List<Factor> factors) {}

  @ParameterizedTest
  @ValueSource(strings = {"1", "0", "\"1\"", "\"yes\"", "\"on\"", "\"true\"", "[]", "{}"})
  void aBooleanOnlyFromTrueOrFalse(String value) {
    assertThat(fields("{\"restricted\":" + value + "}")).containsExactly("restricted");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.5", "\"1\"", "true", "1e400", "9223372036854775808", "[1]"})
  void aWholeNumberOnlyFromAJsonNumberWithoutFraction(String value) {
    assertThat(fields("{\"version\":" + value + "}")).containsExactly("version");
  }

  @Test
  void anIntegerFieldRefusesWhatDoesNotFitAnInt() {
    assertThat(fields("{\"minutes\":2147483648}")).containsExactly("minutes");
    assertThat(fields("{\"minutes\":2147483647,\"version\":3}")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"123", "true", "[\"a\"]", "{\"a\":1}"})
  void textOnlyFromAJsonString(String value) {
    assertThat(fields("{\"title\":" + value + ",\"kind\":" + value + "}"))
        .containsExactly("title", "kind");
  }

  @Test
  void numbersListsMapsAndTimesByTheirJsonType() {
    assertThat(fields("{\"cost\":\"12\"}")).containsExactly("cost");
    assertThat(fields("{\"services\":\"db\"}")).containsExactly("services");
    assertThat(fields("{\"services\":[\"db\",7]}")).containsExactly("services[1]");
    assertThat(fields("{\"sections\":{\"summary\":5}}")).containsExactly("sections.summary");
    assertThat(fields("{\"factors\":[{\"description\":\"a\"},{\"description\":false}]}"))
        .containsExactly("factors[1].description");
    assertThat(fields("{\"startedAt\":1700000000}")).containsExactly("startedAt");
    assertThat(fields("{\"startedAt\":\"yesterday\",\"due\":\"2026-13-01\"}"))
        .containsExactly("startedAt", "due");
  }

  @Test
  void timesOutsideTheBoundsAreRefused() {
    assertThat(fields("{\"startedAt\":\"-999999999-01-01T00:00:00Z\"}"))
        .containsExactly("startedAt");
    assertThat(fields("{\"startedAt\":\"1999-12-31T23:59:59Z\",\"due\":\"2200-01-01\"}"))
        .containsExactly("startedAt", "due");
    assertThat(fields("{\"startedAt\":\"2000-01-01T00:00:00Z\",\"due\":\"2199-12-31\"}")).isEmpty();
  }

  @Test
  void aWellTypedBodyAndNullsPass() {
    assertThat(
            fields(
                "{\"restricted\":false,\"version\":3,\"minutes\":15,\"cost\":12.5,\"title\":\"Db\","
                    + "\"kind\":\"OUTAGE\",\"startedAt\":\"2026-03-01T09:30:00Z\","
                    + "\"due\":\"2026-03-05\",\"services\":[\"db\"],\"sections\":{\"a\":\"b\"},"
                    + "\"factors\":[{\"id\":null,\"description\":\"x\"}]}"))
        .isEmpty();
    assertThat(fields("{\"restricted\":null,\"title\":null}")).isEmpty();
    assertThat(fields("null")).isEmpty();
  }

  @Test
  void aSingleLineFieldRefusesLineBreaksWhereAMultiLineFieldKeepsThem() {
    assertThat(fields("{\"title\":\"Checkout down\\nINFO forged\"}")).containsExactly("title");
    assertThat(fields("{\"title\":\"Checkout down\\r\"}")).containsExactly("title");
    assertThat(fields("{\"title\":\"Checkout\\u2028down\"}")).containsExactly("title");
    assertThat(fields("{\"services\":[\"db\",\"api\\ngateway\"]}")).containsExactly("services[1]");
    assertThat(
            fields(
                "{\"title\":\"Checkout down\",\"sections\":{\"summary\":\"one\\ntwo\"},"
                    + "\"factors\":[{\"description\":\"first\\r\\nsecond\"}]}"))
        .isEmpty();
  }

  @Test
  void unknownFieldsAndANonObjectBodyAreNamed() {
    assertThat(fields("{\"restricetd\":true}")).containsExactly("restricetd");
    assertThat(fields("[1,2]")).containsExactly("body");
  }

  @Test
  void aNameTwiceInOneObjectIsRefusedWhereverItIs() {
    assertThat(fields("{\"restricted\":true,\"restricted\":false}")).containsExactly("restricted");
    assertThat(fields("{\"factors\":[{\"id\":\"a\"},{\"id\":\"a\",\"id\":\"b\"}]}"))
        .containsExactly("factors[1].id");
    assertThat(fields("{\"sections\":{\"a\":\"x\"},\"factors\":[{\"id\":\"a\"}]}")).isEmpty();
  }

  @Test
  void malformedJsonIsRefusedWithItsPlaceAndNoParserInternals() {
    assertThatThrownBy(
            () ->
                TextRuleInterceptor.refusedFields(
                    "{\"title\": tru}", Body.class, TimeBounds.DEFAULT))
        .isInstanceOf(FieldRefused.class)
        .hasMessageStartingWith("The body is not valid JSON (line 1")
        .hasMessageNotContaining("Exception")
        .hasMessageNotContaining("java.");
  }

  @Test
  void aTextBodyIsReadAsTextButStillOnceForEachName() {
    assertThat(
            TextRuleInterceptor.refusedFields(
                "{\"a\":1,\"a\":2}", String.class, TimeBounds.DEFAULT))
        .extracting(FieldError::field)
        .containsExactly("a");
    assertThat(TextRuleInterceptor.refusedFields("{\"a\":1}", String.class, TimeBounds.DEFAULT))
        .isEmpty();
  }

  private static List<String> fields(String json) {
    return TextRuleInterceptor.refusedFields(json, Body.class, TimeBounds.DEFAULT).stream()
        .map(FieldError::field)
        .toList();
  }
}
