package io.hindsight.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupReportTest {

  @Test
  void passwordsInJdbcUrlsAreMasked() {
    assertThat(
            StartupReport.withoutSecrets(
                "jdbc:postgresql://db:5432/h?user=h&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db:5432/h?user=h&password=****&ssl=true");
    assertThat(StartupReport.withoutSecrets("jdbc:h2:file:/d/db;PASSWORD=x;MODE=PostgreSQL"))
        .isEqualTo("jdbc:h2:file:/d/db;PASSWORD=****;MODE=PostgreSQL");
  }

  @Test
  void urlsWithoutSecretsAreUnchanged() {
    assertThat(StartupReport.withoutSecrets("jdbc:h2:file:/data/db/hindsight"))
        .isEqualTo("jdbc:h2:file:/data/db/hindsight");
  }
}
