package io.hindsight.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hindsight's own code keeps the house rules; the build fails on the first one broken. */
class ArchitectureTest {

  private static final HouseRules RULES = new HouseRules("io.hindsight");
  private static JavaClasses hindsight;

  @BeforeAll
  static void importProductionCode() {
    hindsight =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.hindsight");
  }

  @Test
  void featuresFormNoCycles() {
    RULES.featuresFormNoCycles().check(hindsight);
  }

  @Test
  void featuresDependOnlyOnLowerFeatures() {
    RULES.featuresDependOnlyOnLowerFeatures().check(hindsight);
  }

  @Test
  void domainPackagesArePlainJava() {
    RULES.domainIsPlainJava().check(hindsight);
  }

  @Test
  void webAndApiAreSiblings() {
    RULES.webAndApiAreSiblings().check(hindsight);
  }

  @Test
  void noFeatureReachesIntoAnotherFeaturesWebOrApi() {
    RULES.noFeatureReachesIntoAnothersWebOrApi().check(hindsight);
  }

  @Test
  void onlyTheGitPackageUsesJGit() {
    RULES.onlyTheGitPackageUsesJGit().check(hindsight);
  }
}
