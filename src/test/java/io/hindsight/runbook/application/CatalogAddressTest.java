package io.hindsight.runbook.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.runbook.domain.LintFilter;
import io.hindsight.runbook.domain.LintRule;
import io.hindsight.runbook.domain.RunbookFolder;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogAddressTest {

  @Test
  void anAddressWithoutParametersIsTheWholeCatalogInDefaultOrder() {
    assertThat(CatalogAddress.parse(null, null, null, null, null, null))
        .isEqualTo(CatalogAddress.ALL);
    assertThat(CatalogAddress.parse("", " ", "", "", "", "")).isEqualTo(CatalogAddress.ALL);
  }

  @Test
  void readsFolderFiltersOrderAndPage() {
    CatalogAddress address =
        CatalogAddress.parse("teams/db/", " replica lag ", "missing-owner", "P1", "Owner", " 3 ");
    assertThat(address.folder()).isEqualTo(RunbookFolder.of("teams/db"));
    assertThat(address.text()).contains("replica lag");
    assertThat(address.lint().flatMap(LintFilter::rule)).contains(LintRule.MISSING_OWNER);
    assertThat(address.severity()).contains("P1");
    assertThat(address.sort()).isEqualTo(RunbookOrder.OWNER);
    assertThat(address.page()).isEqualTo(3);
    assertThat(address.filtered()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "../x|||||folder",
        "/etc|||||folder",
        "a\\b|||||folder",
        "a/../../b|||||folder",
        "||bogus|||lint",
        "|||||page",
        "||||bogus|sort",
      })
  void refusesEachMalformedParameterByName(
      String folder, String text, String lint, String severity, String sort, String field) {
    String page = field.equals("page") ? "-1" : null;
    assertThatThrownBy(() -> CatalogAddress.parse(folder, text, lint, severity, sort, page))
        .isInstanceOfSatisfying(
            FieldRefused.class, refused -> assertThat(refused.field()).isEqualTo(field));
  }

  @Test
  void refusesPagesThatAreNotAWholeNumberFromOne() {
    for (String page : new String[] {"0", "-1", "two", "1.5", "100001", "99999999999"}) {
      assertThatThrownBy(() -> CatalogAddress.parse(null, null, null, null, null, page))
          .as(page)
          .isInstanceOfSatisfying(
              FieldRefused.class,
              refused ->
                  assertThat(refused.getMessage())
                      .isEqualTo("page must be a whole number from 1 to 100000."));
    }
  }

  @Test
  void namesEveryMalformedParameterAtOnce() {
    assertThatThrownBy(() -> CatalogAddress.parse("../x", null, "nope", null, "bogus", "0"))
        .isInstanceOfSatisfying(
            FieldRefused.class,
            refused ->
                assertThat(refused.messages()).containsOnlyKeys("folder", "lint", "sort", "page"));
  }

  @Test
  void refusesAFilterTextLongerThanTheFormAllows() {
    assertThatThrownBy(() -> CatalogAddress.parse(null, "x".repeat(201), null, null, null, null))
        .isInstanceOfSatisfying(
            FieldRefused.class, refused -> assertThat(refused.field()).isEqualTo("filter"));
  }

  @Test
  void writesAddressesThatKeepEverythingButWhatALinkChanges() {
    CatalogAddress address =
        CatalogAddress.parse("teams/db ops", "a&b=c", "error", null, "updated", "4");
    assertThat(address.query("ops"))
        .isEqualTo(
            "repo=ops&folder=teams%2Fdb+ops&filter=a%26b%3Dc&lint=error&sort=updated&page=4");
    assertThat(address.atPage(5).query("ops")).endsWith("&sort=updated&page=5");
    assertThat(address.sortedBy(RunbookOrder.TITLE).query("ops"))
        .isEqualTo("repo=ops&folder=teams%2Fdb+ops&filter=a%26b%3Dc&lint=error&sort=title");
    assertThat(address.inFolder(RunbookFolder.ROOT).query("ops"))
        .isEqualTo("repo=ops&filter=a%26b%3Dc&lint=error&sort=updated");
    assertThat(address.withLint(Optional.empty()).query("ops"))
        .isEqualTo("repo=ops&folder=teams%2Fdb+ops&filter=a%26b%3Dc&sort=updated");
    assertThat(CatalogAddress.ALL.query("sample")).isEqualTo("repo=sample");
  }

  @Test
  void anAddressParsesBackFromTheQueryItWrites() {
    CatalogAddress address = CatalogAddress.parse("a/b", "x y", "clean", "high", "lint", "2");
    CatalogAddress again =
        CatalogAddress.parse(
            "a/b", "x y", address.lint().get().value(), "high", address.sort().id(), "2");
    assertThat(again.query("r")).isEqualTo(address.query("r"));
  }

  @Test
  void escapesLikeWildcardsInFilterText() {
    assertThat(RunbookCriteria.escaped("50%_off!")).isEqualTo("50!%!_off!!");
    assertThat(RunbookCriteria.escaped("db_replica")).isEqualTo("db!_replica");
  }
}
