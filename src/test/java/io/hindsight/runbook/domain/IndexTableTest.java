package io.hindsight.runbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.runbook.domain.RunbookSeverity.Level;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

class IndexTableTest {

  private static final Path SEED = Path.of("../shared/seed/runbooks-README.md");
  private static final RunbookPath README = RunbookPath.of("README.md");

  @Test
  void readsEveryRowOfTheSeedShapedIndex() throws IOException {
    String markdown = resource("runbook/seed-shaped-README.md");

    IndexTable table = IndexTable.parse(README, markdown).orElseThrow();

    assertThat(table.rows())
        .extracting(IndexRow::title)
        .containsExactly(
            "Node Recovery",
            "Database Restore",
            "Incident Response",
            "Rollback Procedure",
            "Disaster Recovery");
    IndexRow first = table.rows().get(0);
    assertThat(first.link()).contains("./node-recovery.md");
    assertThat(first.target()).contains(RunbookPath.of("node-recovery.md"));
    assertThat(first.purpose()).contains("Bring failed worker nodes back");
    assertThat(first.severity().flatMap(RunbookSeverity::level)).contains(Level.HIGH);
    assertThat(first.lastUpdated()).contains(LocalDate.of(2025, 11, 16));
    assertThat(first.line()).isEqualTo(18);
    assertThat(table.rowFor(RunbookPath.of("database-restore.md")))
        .map(IndexRow::severity)
        .contains(RunbookSeverity.parse("Critical"));
    assertThat(markdown).contains("AWS Console â†’ CloudWatch");
  }

  @Test
  @EnabledIf("seedIsPresent")
  void readsTheSeedIndexItself() throws IOException {
    String markdown = Files.readString(SEED, StandardCharsets.UTF_8);

    IndexTable table = IndexTable.parse(README, markdown).orElseThrow();

    assertThat(table.rows()).hasSize(5);
    assertThat(table.rows())
        .allSatisfy(
            row -> {
              assertThat(row.target()).isPresent();
              assertThat(row.severity().map(RunbookSeverity::isRecognized)).contains(true);
              assertThat(row.lastUpdated()).contains(LocalDate.of(2025, 11, 16));
              assertThat(row.purpose()).isPresent();
            });
    assertThat(table.rowFor(RunbookPath.of("disaster-recovery.md")))
        .flatMap(IndexRow::purpose)
        .contains("Full system recovery");
  }

  static boolean seedIsPresent() {
    return Files.isRegularFile(SEED);
  }

  @Test
  void matchesTheHeaderInAnyOrderAndCaseNextToOtherColumns() {
    String markdown =
        """
        | Owner | last   UPDATED | severity |  RUNBOOK  | Purpose |
        |:------|:-------------:|---------:|-----------|---------|
        | sre | 2024-01-02 | p1 | [Certs](../tls/certs.md "TLS") | Renew certificates |
        """;

    IndexTable table =
        IndexTable.parse(RunbookPath.of("ops/index/README.md"), markdown).orElseThrow();

    IndexRow row = table.rows().get(0);
    assertThat(row.title()).isEqualTo("Certs");
    assertThat(row.target()).contains(RunbookPath.of("ops/tls/certs.md"));
    assertThat(row.severity().flatMap(RunbookSeverity::level)).contains(Level.HIGH);
    assertThat(row.lastUpdated()).contains(LocalDate.of(2024, 1, 2));
    assertThat(row.purpose()).contains("Renew certificates");
  }

  @Test
  void keepsWhatItCannotReadAsWritten() {
    String markdown =
        """
        | Runbook | Purpose | Severity | Last Updated |
        |---|---|---|---|
        | Plain name | Uses a \\| pipe | SEV9 | last spring |
        | [Outside](../../etc/passwd.md) | | | |
        | [Elsewhere](https://example.com/x.md) | x | Low | 2024-02-30 |
        """;

    IndexTable table = IndexTable.parse(RunbookPath.of("README.md"), markdown).orElseThrow();

    IndexRow plain = table.rows().get(0);
    assertThat(plain.title()).isEqualTo("Plain name");
    assertThat(plain.link()).isEmpty();
    assertThat(plain.target()).isEmpty();
    assertThat(plain.purpose()).contains("Uses a | pipe");
    assertThat(plain.severity()).map(RunbookSeverity::isRecognized).contains(false);
    assertThat(plain.severity()).map(RunbookSeverity::text).contains("SEV9");
    assertThat(plain.lastUpdated()).isEmpty();
    assertThat(plain.lastUpdatedText()).contains("last spring");
    IndexRow outside = table.rows().get(1);
    assertThat(outside.link()).contains("../../etc/passwd.md");
    assertThat(outside.target()).isEmpty();
    assertThat(outside.purpose()).isEmpty();
    assertThat(table.rows().get(2).target()).isEmpty();
    assertThat(table.rows().get(2).lastUpdatedText()).contains("2024-02-30");
  }

  @Test
  void readsEveryRunbookTableButNotTablesInCodeBlocksOrOtherTables() {
    String markdown =
        """
        ```
        | Runbook | Purpose | Severity | Last Updated |
        |---|---|---|---|
        | [Fake](./fake.md) | x | High | 2024-01-01 |
        ```

        | Level | Response |
        |---|---|
        | [Critical](./critical.md) | 15 min |

        | Runbook | Purpose |
        |---|---|
        | [Half](./half.md) | x |

        | Runbook | Purpose | Severity | Last Updated |
        |---|---|---|---|
        | [Real](./real.md) | y | Low | 2024-01-01 |
        Not a row
        """;

    IndexTable table = IndexTable.parse(README, markdown).orElseThrow();

    assertThat(table.rows()).extracting(IndexRow::title).containsExactly("Half", "Real");
    assertThat(table.rows().get(0).severity()).isEmpty();
  }

  @Test
  void aDocumentWithoutTheTableHasNone() {
    assertThat(IndexTable.parse(README, "# Runbooks\n\nNothing here.\n")).isEmpty();
    assertThat(IndexTable.parse(README, "| Runbook | Purpose | Severity | Last Updated |"))
        .isEmpty();
    assertThat(IndexTable.parse(README, "")).isEmpty();
  }

  @Test
  void aTableWithoutRowsIsEmpty() {
    String markdown = "| Runbook | Purpose | Severity | Last Updated |\r\n|-|-|-|-|\r\n";

    assertThat(IndexTable.parse(README, markdown).orElseThrow().rows()).isEmpty();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = IndexTableTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
