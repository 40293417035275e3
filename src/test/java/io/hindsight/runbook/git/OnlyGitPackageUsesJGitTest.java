package io.hindsight.runbook.git;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** JGit stays behind {@link RunbookGit}: the production code outside this package never sees it. */
@AnalyzeClasses(packages = "io.hindsight", importOptions = ImportOption.DoNotIncludeTests.class)
class OnlyGitPackageUsesJGitTest {

  @ArchTest
  static final ArchRule jgitStaysInTheGitPackage =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.hindsight.runbook.git..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.eclipse.jgit..");
}
