package io.hindsight.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rules of the house (CONTRIBUTING.md), for the code below one root package: features in a
 * fixed order and without cycles, plain domain packages, {@code web} and {@code api} as siblings,
 * no feature reaching into another's {@code web} or {@code api}, and JGit behind one door.
 */
final class HouseRules {

  /** Lowest first: a feature may depend on the features before it, never on one after it. */
  static final List<String> FEATURE_ORDER =
      List.of(
          "platform",
          "security",
          "runbook",
          "incident",
          "postmortem",
          "action",
          "review",
          "change",
          "notify",
          "forge");

  /**
   * Features on the same level, which must not depend on each other at all. None today: a change
   * request closes a review, and notify delivers what review and change announce, so they stand in
   * a line.
   */
  static final List<List<String>> SAME_LEVEL = List.of();

  private final String root;

  HouseRules(String root) {
    this.root = root;
  }

  ArchRule featuresFormNoCycles() {
    return slices()
        .matching(root + ".(*)..")
        .should()
        .beFreeOfCycles()
        .allowEmptyShould(true)
        .as("features form no cycles");
  }

  ArchRule featuresDependOnlyOnLowerFeatures() {
    List<ArchRule> rules = new ArrayList<>();
    for (int i = 0; i < FEATURE_ORDER.size(); i++) {
      String feature = FEATURE_ORDER.get(i);
      List<String> higher = new ArrayList<>(FEATURE_ORDER.subList(i + 1, FEATURE_ORDER.size()));
      SAME_LEVEL.stream()
          .filter(level -> level.contains(feature))
          .flatMap(List::stream)
          .filter(other -> !other.equals(feature) && !higher.contains(other))
          .forEach(higher::add);
      if (higher.isEmpty()) {
        continue;
      }
      rules.add(
          noClasses()
              .that()
              .resideInAPackage(root + "." + feature + "..")
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage(packages(higher, ".."))
              .allowEmptyShould(true)
              .as(feature + " depends only on " + FEATURE_ORDER.subList(0, i)));
    }
    return CompositeArchRule.of(rules).as("features depend only on lower features");
  }

  ArchRule domainIsPlainJava() {
    return noClasses()
        .that()
        .resideInAPackage(root + ".*.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            root + ".*.application..",
            root + ".*.api..",
            root + ".*.web..",
            "jakarta.enterprise..",
            "jakarta.inject..",
            "jakarta.ws.rs..",
            "jakarta.faces..",
            "jakarta.servlet..",
            "jakarta.transaction..")
        .allowEmptyShould(true)
        .as("a domain package imports no application, api, web, CDI, JAX-RS or Faces");
  }

  ArchRule webAndApiAreSiblings() {
    return CompositeArchRule.of(
            noClasses()
                .that()
                .resideInAPackage(root + ".*.web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".*.api..")
                .allowEmptyShould(true))
        .and(
            noClasses()
                .that()
                .resideInAPackage(root + ".*.api..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".*.web..")
                .allowEmptyShould(true))
        .as("web does not import api, nor api web");
  }

  ArchRule noFeatureReachesIntoAnothersWebOrApi() {
    List<ArchRule> rules = new ArrayList<>();
    for (String feature : FEATURE_ORDER) {
      if (feature.equals("platform")) {
        continue;
      }
      rules.add(
          noClasses()
              .that()
              .resideOutsideOfPackage(root + "." + feature + "..")
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage(root + "." + feature + ".web..", root + "." + feature + ".api..")
              .allowEmptyShould(true)
              .as("only " + feature + " uses " + feature + ".web and " + feature + ".api"));
    }
    return CompositeArchRule.of(rules).as("no feature reaches into another feature's web or api");
  }

  ArchRule onlyTheGitPackageUsesJGit() {
    return noClasses()
        .that()
        .resideOutsideOfPackage(root + ".runbook.git..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.eclipse.jgit..")
        .allowEmptyShould(true)
        .as("only " + root + ".runbook.git uses JGit");
  }

  List<ArchRule> all() {
    return List.of(
        featuresFormNoCycles(),
        featuresDependOnlyOnLowerFeatures(),
        domainIsPlainJava(),
        webAndApiAreSiblings(),
        noFeatureReachesIntoAnothersWebOrApi(),
        onlyTheGitPackageUsesJGit());
  }

  private String[] packages(List<String> features, String suffix) {
    return features.stream().map(f -> root + "." + f + suffix).toArray(String[]::new);
  }

  @Override
  public String toString() {
    return "HouseRules" + Arrays.asList(root);
  }
}
