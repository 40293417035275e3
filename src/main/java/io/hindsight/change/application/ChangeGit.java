package io.hindsight.change.application;

import io.hindsight.change.domain.ChangeBranch;
import io.hindsight.change.domain.ChangeRequest;
import io.hindsight.change.domain.ChangeText;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.runbook.application.RepositoryLocation;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.git.MergeOutcome;
import io.hindsight.runbook.git.NoSuchBranchException;
import io.hindsight.runbook.git.RunbookGit;
import io.opentelemetry.api.trace.Tracer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A change request's Git work in the repository's bare clone: its branch, the commits of its saves,
 * diffs and merges. Every ref moves compare-and-set; callers hold the repository's turn ({@link
 * RepositoryTurns}) around a write.
 */
@ApplicationScoped
public class ChangeGit {

  @Inject ChangeSettings settings;
  @Inject Tracer tracer;

  public String tip(RepositoryLocation location) {
    try (RunbookGit git = RunbookGit.open(location.bareDirectory(), tracer)) {
      return git.resolve()
          .branch(location.branch())
          .call()
          .orElseThrow(() -> new StateConflict("The repository's branch has no commit yet."));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The runbook's text at a commit; empty when there is no such file.
   *
   * @throws FieldRefused when the file is larger than a change may be, or not UTF-8 text
   */
  public Optional<String> text(RepositoryLocation location, String commit, RunbookPath path) {
    try (RunbookGit git = RunbookGit.open(location.bareDirectory(), tracer)) {
      Optional<byte[]> bytes =
          git.readFile().path(path).at(commit).maxBytes(ChangeText.MAX_BYTES).call();
      if (bytes.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          ChangeText.decode(bytes.get())
              .orElseThrow(
                  () ->
                      FieldRefused.field(
                          "path", path + " is not UTF-8 text; it cannot be edited here.")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<byte[]> bytes(RepositoryLocation location, String commit, RunbookPath path) {
    try (RunbookGit git = RunbookGit.open(location.bareDirectory(), tracer)) {
      return git.readFile().path(path).at(commit).maxBytes(ChangeText.MAX_BYTES).call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether this node's clone holds every one of the commits. */
  public boolean holds(RepositoryLocation location, List<String> commits) {
    try (RunbookGit git = RunbookGit.open(location.bareDirectory(), tracer)) {
      for (String commit : commits) {
        if (git.resolve().commit(commit).call().isEmpty()) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Points the change's branch in this node's clone at {@code commit}, a commit the clone holds,
   * wherever the branch was: the database says where a change's branch is, the clone follows.
   */
  public void pointBranch(RepositoryLocation location, ChangeBranch branch, String commit) {
    try (RunbookGit git = RunbookGit.open(location.bareDirectory(), tracer)) {
      Optional<String> was;
      try {
        was = git.resolve().branch(branch.value()).call();
      } catch (NoSuchBranchException absent) {
        was = Optional.empty();
      }
      if (!was.filter(commit::equals).isPresent()
          && !git.moveBranch().branch(branch.value()).from(was).to(commit).call()) {
        throw new StateConflict(
            "The branch " + branch + " moved meanwhile; reload the change request.");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates the change's branch at its base, unless it exists. */
  public void createBranch(RepositoryLocation location, ChangeBranch branch, String base) {
    try (RunbookGit git = RunbookGit.open(location.bareDirectory(), tracer)) {
      git.moveBranch().branch(branch.value()).from(Optional.empty()).to(base).call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Commits a save on the change's branch, on its head. When the base moved since, the base is then
   * merged into the branch: the base's changes stay, and where the base and this text changed the
   * same lines, this text is kept (a save resolves a merge conflict).
   *
   * @return the branch's new head and the base it is now up to
   * @throws StateConflict when the branch moved meanwhile
   */
  public Saved save(
      RepositoryLocation location,
      ChangeRequest change,
      ChangeText text,
      GitIdentity author,
      String message,
      OffsetDateTime when) {
    try (RunbookGit git = RunbookGit.open(location.bareDirectory(), tracer)) {
      String baseTip = git.resolve().branch(location.branch()).call().orElseThrow();
      String head =
          git.commit()
              .parent(change.headCommit())
              .put(change.runbook().path().value(), text.bytes())
              .author(author.name(), author.email(), when)
              .committer(settings.committerName(), settings.committerEmail(), when)
              .message(message)
              .call();
      boolean moved = !baseTip.equals(change.baseCommit());
      if (moved) {
        head = upToBase(git, location, change, head, baseTip, author, when);
      }
      boolean updated =
          git.moveBranch()
              .branch(change.branch().value())
              .from(Optional.of(change.headCommit()))
              .to(head)
              .call();
      if (!updated) {
        throw new StateConflict(
            "The branch " + change.branch() + " moved meanwhile; reload the change request.");
      }
      return new Saved(head, moved ? baseTip : change.baseCommit());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String upToBase(
      RunbookGit git,
      RepositoryLocation location,
      ChangeRequest change,
      String head,
      String baseTip,
      GitIdentity author,
      OffsetDateTime when)
      throws IOException {
    MergeOutcome merged =
        git.merge()
            .into(head)
            .from(baseTip)
            .onConflictKeepInto()
            .author(author.name(), author.email(), when)
            .committer(settings.committerName(), settings.committerEmail(), when)
            .message(
                "Merge "
                    + location.branch()
                    + " into "
                    + change.branch()
                    + "\n\nThe base moved since the change started: its changes are kept, and where"
                    + " it changed the same lines as this change, this change's text is.\n")
            .call();
    return merged
        .commit()
        .orElseThrow(
            () ->
                new StateConflict(
                    "The base branch changed "
                        + String.join(", ", merged.conflicts())
                        + " in a way a save cannot resolve; nothing was saved."));
  }

  public MergeOutcome merge(
      RepositoryLocation location,
      String baseTip,
      String head,
      boolean rebase,
      GitIdentity author,
      String message,
      OffsetDateTime when) {
    try (RunbookGit git = RunbookGit.open(location.bareDirectory(), tracer)) {
      return git.merge()
          .into(baseTip)
          .from(head)
          .rebase(rebase)
          .author(author.name(), author.email(), when)
          .committer(settings.committerName(), settings.committerEmail(), when)
          .message(message)
          .call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Moves the base branch compare-and-set; false when it moved meanwhile. */
  public boolean moveBase(RepositoryLocation location, String from, String to) {
    try (RunbookGit git = RunbookGit.open(location.bareDirectory(), tracer)) {
      return git.moveBranch().branch(location.branch()).from(Optional.of(from)).to(to).call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<String> tagNames(RepositoryLocation location, String prefix) {
    try (RunbookGit git = RunbookGit.open(location.bareDirectory(), tracer)) {
      return git.tag().listing(prefix).call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void tag(
      RepositoryLocation location,
      String name,
      String commit,
      String message,
      OffsetDateTime when) {
    try (RunbookGit git = RunbookGit.open(location.bareDirectory(), tracer)) {
      git.tag()
          .name(name)
          .at(commit)
          .tagger(settings.committerName(), settings.committerEmail(), when)
          .message(message)
          .call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The unified diff of the change's head against its base, for its runbook. */
  public String diff(RepositoryLocation location, ChangeRequest change) {
    try (RunbookGit git = RunbookGit.open(location.bareDirectory(), tracer)) {
      return git.diff()
          .commit(change.mergeCommit().orElse(change.headCommit()))
          .against(change.baseCommit())
          .path(change.runbook().path().value())
          .call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A save's commit and the base commit the branch is up to with it. */
  public record Saved(String commit, String base) {}
}
