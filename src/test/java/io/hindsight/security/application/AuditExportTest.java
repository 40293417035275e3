package io.hindsight.security.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditExportTest {

  private static final AuditRecord CREDENTIAL =
      new AuditRecord(
          7,
          Instant.parse("2026-12-01T09:30:00Z"),
          "admin",
          "page",
          "203.0.113.9",
          "repository",
          "ops-runbooks",
          "credential-changed",
          List.of(
              new AuditRecord.Change(
                  "url", "https://a.example/x.git", "https://b.example/x.git", false),
              new AuditRecord.Change("credential", null, null, true)),
          "Rotated after the \"ghp\" leak, see INC-12");

  @Test
  void csvHasOneQuotedRowPerEntry() {
    String csv = AuditExport.CSV.write(List.of(CREDENTIAL));

    assertThat(csv.split("\r\n"))
        .containsExactly(
            "id,at,actor,via,client_address,kind,subject,action,changes,reason",
            "7,\"2026-12-01T09:30:00Z\",\"admin\",\"page\",\"203.0.113.9\",\"repository\","
                + "\"ops-runbooks\",\"credential-changed\",\"url: https://a.example/x.git →"
                + " https://b.example/x.git; credential: changed (secret, not recorded)\","
                + "\"Rotated after the \"\"ghp\"\" leak, see INC-12\"");
  }

  @Test
  void csvDefusesCellsASpreadsheetWouldRun() {
    assertThat(AuditExport.cell("=HYPERLINK(\"http://evil\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    assertThat(AuditExport.cell("-1")).isEqualTo("\"'-1\"");
    assertThat(AuditExport.cell(null)).isEmpty();
  }

  @Test
  void jsonIsAnArrayOfEntries() {
    String json = AuditExport.JSON.write(List.of(CREDENTIAL));

    assertThat(json)
        .startsWith("[{\"id\":7,\"at\":\"2026-12-01T09:30:00Z\",\"actor\":\"admin\"")
        .contains("{\"field\":\"credential\",\"before\":null,\"after\":null,\"concealed\":true}");
  }

  @Test
  void formatsAreParsedByName() {
    assertThat(AuditExport.parse(" CSV ")).contains(AuditExport.CSV);
    assertThat(AuditExport.parse("json")).contains(AuditExport.JSON);
    assertThat(AuditExport.parse("xml")).isEmpty();
    assertThat(AuditExport.parse(null)).isEmpty();
  }
}
