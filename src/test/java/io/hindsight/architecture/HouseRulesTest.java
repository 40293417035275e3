package io.hindsight.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Each house rule fails on a small code base that breaks it on purpose (see {@code fixture}). */
class HouseRulesTest {

  private static final String FIXTURES = "io.hindsight.architecture.fixture.";

  @Test
  void aCycleBetweenFeaturesFailsTheBuild() {
    assertBroken("cycle", HouseRules::featuresFormNoCycles, "Cycle detected");
  }

  @Test
  void aPostmortemImportingActionItemsIsAnUpwardImport() {
    assertBroken(
        "cycle", HouseRules::featuresDependOnlyOnLowerFeatures, "PostmortemSide", "ActionSide");
  }

  @Test
  void platformImportingAFeatureIsAnUpwardImport() {
    assertBroken("upward", HouseRules::featuresDependOnlyOnLowerFeatures, "Delivery", "Escalated");
  }

  @Test
  void aDomainClassUsingJaxRsFailsTheBuild() {
    assertBroken("impure", HouseRules::domainIsPlainJava, "Leaky", "jakarta.ws.rs");
  }

  @Test
  void aPageBeanImportingAnApiClassFailsTheBuild() {
    assertBroken("climbing", HouseRules::webAndApiAreSiblings, "IncidentList", "IncidentSummary");
  }

  @Test
  void aFeatureReachingIntoAnotherFeaturesPagesFailsTheBuild() {
    assertBroken(
        "reaching",
        HouseRules::noFeatureReachesIntoAnothersWebOrApi,
        "ItemForm",
        "PostmortemScreen");
  }

  @Test
  void jgitOutsideTheGitPackageFailsTheBuild() {
    assertBroken("jgit", HouseRules::onlyTheGitPackageUsesJGit, "RunbookPeek", "org.eclipse.jgit");
  }

  private static void assertBroken(
      String fixture, Function<HouseRules, ArchRule> rule, String... named) {
    String root = FIXTURES + fixture;
    JavaClasses classes = new ClassFileImporter().importPackages(root);
    assertThatThrownBy(() -> rule.apply(new HouseRules(root)).check(classes))
        .isInstanceOf(AssertionError.class)
        .hasMessageContainingAll(named);
  }
}
