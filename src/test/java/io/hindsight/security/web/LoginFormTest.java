package io.hindsight.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginFormTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      nullValues = "NULL",
      value = {
        "/runbooks.xhtml, /runbooks.xhtml",
        "/runbook.xhtml?repo=sample&path=a.md, /runbook.xhtml?repo=sample&path=a.md",
        "NULL, /",
        "'', /",
        "https://evil.example/, /",
        "//evil.example/, /",
        "/\\evil.example, /",
        "javascript:alert(1), /",
        "/login.xhtml?next=/x, /",
        "'/\t/evil.example', /",
        "'/ /evil.example', /"
      })
  void nextOnlyLeadsInsideHindsight(String next, String expected) {
    LoginForm form = new LoginForm();
    form.setNext(next);
    assertThat(form.safeNext()).isEqualTo(expected);
  }
}
