package io.hindsight.runbook.application;

import io.hindsight.runbook.git.CommitCommand;
import io.hindsight.runbook.git.RunbookGit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Creates the sample runbook repository: a bare repository whose {@code main} branch holds a short,
 * fixed history of runbooks, so its commit ids are the same on every machine. Commits are built in
 * memory; nothing is checked out.
 */
public final class SampleRunbookRepository {

  public static final String BRANCH = "main";

  private static final String RESOURCES = "/sample-runbooks/";

  private static final Author PRIYA = new Author("Priya Raman", "priya.raman@example.com");
  private static final Author TOMASZ = new Author("Tomasz Nowak", "tomasz.nowak@example.com");
  private static final Author JORDAN = new Author("Jordan Ellis", "jordan.ellis@example.com");

  private static final List<Step> HISTORY =
      List.of(
          new Step(
              PRIYA,
              "2025-03-04T09:12:00+01:00",
              "Add runbook index and node recovery runbook",
              put("README.md", "history/README.md"),
              put("node-recovery.md", "history/node-recovery.md")),
          new Step(
              TOMASZ,
              "2025-04-17T14:30:00+02:00",
              "Add database restore runbook",
              put("database-restore.md", "database-restore.md")),
          new Step(
              JORDAN,
              "2025-05-22T10:05:00-04:00",
              "Add incident response runbook",
              put("incident-response.md", "history/incident-response.md")),
          new Step(
              TOMASZ,
              "2025-06-10T16:40:00+02:00",
              "Add rollback runbook for failed deployments",
              put("rollback.md", "history/rollback.md")),
          new Step(
              PRIYA,
              "2025-07-08T11:20:00+02:00",
              "Add notes on scaling node groups by hand",
              put("manual-scaling.md", "history/manual-scaling.md")),
          new Step(
              JORDAN,
              "2025-08-26T13:55:00-04:00",
              "Add disaster recovery runbook",
              put("disaster-recovery.md", "disaster-recovery.md")),
          new Step(
              TOMASZ,
              "2025-09-30T09:45:00+02:00",
              "Rename rollback.md to rollback-procedure.md\n\n"
                  + "Matches the name used in the index and in incident tickets.\n"
                  + "Links from the incident response runbook follow the new name.",
              delete("rollback.md"),
              put("rollback-procedure.md", "rollback-procedure.md"),
              put("incident-response.md", "incident-response.md")),
          new Step(
              PRIYA,
              "2025-10-14T15:10:00+02:00",
              "Remove manual scaling notes\n\n"
                  + "The cluster autoscaler owns node group sizes now; scaling by hand\n"
                  + "fought it during the last two incidents.",
              delete("manual-scaling.md")),
          new Step(
              JORDAN,
              "2025-11-16T10:30:00-05:00",
              "node-recovery: drain the node before terminating its instance",
              put("node-recovery.md", "node-recovery.md")),
          new Step(
              PRIYA,
              "2025-11-16T17:05:00+01:00",
              "List all five runbooks in the index with severities and review dates",
              put("README.md", "README.md")));

  private final Path bareDir;

  private SampleRunbookRepository(Path bareDir) {
    this.bareDir = bareDir;
  }

  public static SampleRunbookRepository at(Path bareDir) {
    return new SampleRunbookRepository(bareDir);
  }

  /**
   * Creates the repository and its history unless it already has refs.
   *
   * @return true if this call wrote the history
   * @throws IOException if the directory holds something other than a bare repository
   */
  public boolean createIfAbsent() throws IOException {
    try (RunbookGit git = RunbookGit.openOrCreate(bareDir, BRANCH)) {
      if (!git.isEmpty()) {
        return false;
      }
      String tip = null;
      for (Step step : HISTORY) {
        CommitCommand commit =
            git.commit()
                .author(
                    step.author().name(), step.author().email(), OffsetDateTime.parse(step.when()))
                .message(step.message() + "\n");
        if (tip != null) {
          commit.parent(tip);
        }
        for (Edit edit : step.edits()) {
          edit.applyTo(commit);
        }
        tip = commit.call();
      }
      return git.createBranch().name(BRANCH).at(tip).reflogMessage("sample runbooks").call();
    }
  }

  private static Edit put(String path, String resource) {
    return new Edit(path, resource);
  }

  private static Edit delete(String path) {
    return new Edit(path, null);
  }

  private static byte[] resourceBytes(String name) {
    try (InputStream in = SampleRunbookRepository.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("Missing sample runbook resource " + RESOURCES + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Author(String name, String email) {}

  private record Step(Author author, String when, String message, Edit... edits) {}

  /** Adds or replaces {@code path} with a resource's bytes, or deletes it when there is none. */
  private record Edit(String path, String resource) {

    void applyTo(CommitCommand commit) {
      if (resource == null) {
        commit.delete(path);
      } else {
        commit.put(path, resourceBytes(resource));
      }
    }
  }
}
