package io.hindsight.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.platform.refusal.FieldError;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class JsonTextCheckTest {

  @Test
  void namesEveryRefusedStringByItsPathNamesIncluded() {
    JsonValue body =
        read(
            "{\"title\":\"ok\",\"sections\":{\"summary\":\"a\\u0000b\",\"bad\\u0001key\":\"x\"},"
                + "\"factors\":[{\"description\":\"fine\"},{\"description\":\"\\u001b[31m\"}],"
                + "\"version\":3,\"restricted\":true,\"note\":null}");

    assertThat(JsonTextCheck.refusedFields(body))
        .extracting(FieldError::field)
        .containsExactly("sections.summary", "sections.bad\u0001key", "factors[1].description");
  }

  @Test
  void aCleanBodyAndABareStringArePassed() {
    assertThat(JsonTextCheck.refusedFields(read("{\"note\":\"line\\nbreak\\ttab\"}"))).isEmpty();
    assertThat(JsonTextCheck.refusedFields(read("\"\\u0000\"")))
        .extracting(FieldError::field)
        .containsExactly("body");
  }

  private static JsonValue read(String json) {
    return Json.createReader(new StringReader(json)).readValue();
  }
}
