package io.hindsight.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.eclipse.jgit.internal.storage.file.FileRepository;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * A bare repository of {@value #RUNBOOKS} runbooks in {@value #TEAMS} folders and {@value #COMMITS}
 * commits: one commit adds each runbook, the rest each edit one runbook chosen at random (fixed
 * seed). Written once into one pack and reused while its marker file is there.
 */
final class GeneratedRepository {

  static final int RUNBOOKS = 2_000;
  static final int COMMITS = 10_000;
  static final int TEAMS = 20;
  static final String BRANCH = "main";

  private static final String[] AUTHORS = {
    "Ada Lovelace", "Grace Hopper", "Linus Torvalds", "Margaret Hamilton", "Ken Thompson",
    "Barbara Liskov", "Dennis Ritchie", "Frances Allen", "Edsger Dijkstra", "Radia Perlman"
  };
  private static final String[] SEVERITIES = {"SEV1", "SEV2", "SEV3"};
  private static final Instant START = Instant.parse("2021-01-04T09:00:00Z");

  private GeneratedRepository() {}

  static Path ensure(Path dir) throws IOException {
    Path marker = dir.resolve("hindsight-bench-complete");
    if (Files.exists(marker)) {
      return dir;
    }
    if (Files.exists(dir)) {
      BenchFiles.deleteRecursively(dir);
    }
    long start = System.nanoTime();
    generate(dir);
    Files.writeString(marker, RUNBOOKS + " runbooks, " + COMMITS + " commits\n");
    System.out.printf(
        "  generated %s in %s%n", dir, Timing.millis(System.nanoTime() - start).trim());
    return dir;
  }

  static String path(int runbook) {
    return String.format("runbooks/team-%02d/service-%04d.md", runbook % TEAMS, runbook);
  }

  private static void generate(Path dir) throws IOException {
    try (FileRepository repository = (FileRepository) FileRepositoryBuilder.create(dir.toFile())) {
      repository.create(true);
      RefUpdate head = repository.updateRef("HEAD");
      head.link("refs/heads/" + BRANCH);
      try (ObjectInserter inserter = repository.getObjectDatabase().newPackInserter()) {
        CommitWriter writer = new CommitWriter(repository, inserter);
        String[] contents = new String[RUNBOOKS];
        Random random = new Random(42);
        ObjectId parent = null;
        for (int i = 0; i < COMMITS; i++) {
          int runbook = i < RUNBOOKS ? i : random.nextInt(RUNBOOKS);
          String message;
          if (i < RUNBOOKS) {
            contents[runbook] = runbook(runbook);
            message = "Add runbook for service " + runbook;
          } else {
            contents[runbook] += "\n- Step added in revision " + i + ": check the dashboards.\n";
            message = "Refine steps of service " + runbook;
          }
          writer.put(path(runbook), contents[runbook]);
          parent = writer.commit(parent, author(i), message);
        }
        writer.publish(BRANCH, parent);
      }
    }
  }

  private static PersonIdent author(int commit) {
    Instant when = START.plusSeconds(3_600L * commit);
    return new PersonIdent(
        AUTHORS[commit % AUTHORS.length],
        "author" + (commit % AUTHORS.length) + "@example.org",
        when,
        ZoneOffset.UTC);
  }

  static String runbook(int n) {
    String service = "service-" + n;
    return "---\n"
        + "title: Recover "
        + service
        + "\nowner: team-"
        + (n % TEAMS)
        + "\nseverity: "
        + SEVERITIES[n % SEVERITIES.length]
        + "\nservices: ["
        + service
        + ", gateway]\ntriggers:\n  - "
        + service
        + " error rate above 5%\n  - "
        + service
        + " pods CrashLoopBackOff\n---\n\n# Recover "
        + service
        + "\n\n## When to use\n\nAn alert fires for **"
        + service
        + "**, or users report errors.\n\n## Impact\n\nRequests to "
        + service
        + " fail; see [the dashboard](https://grafana.example.org/d/"
        + n
        + ").\n\n## Steps\n\n1. Check the pods: `kubectl -n "
        + service
        + " get pods`.\n2. Read the logs.\n3. Restart the deployment.\n\n"
        + "| check | command |\n|---|---|\n| pods | `kubectl get pods` |\n\n"
        + "## Verification\n\nThe error rate is below 1%.\n\n## Rollback\n\nRoll back the release."
        + "\n\n## Escalation\n\nPage the owner team.\n";
  }
}
