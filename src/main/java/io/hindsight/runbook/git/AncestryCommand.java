package io.hindsight.runbook.git;

import java.io.IOException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Whether one commit is in the history of another (itself included): a push of the first onto a
 * branch at the second changes nothing. False when the repository does not hold either.
 */
public final class AncestryCommand extends GitCommand<Boolean> {

  private String ancestor;
  private String descendant;

  AncestryCommand(Repository repository) {
    super(repository);
  }

  public AncestryCommand of(String ancestor) {
    this.ancestor = ancestor;
    return this;
  }

  public AncestryCommand in(String descendant) {
    this.descendant = descendant;
    return this;
  }

  @Override
  Boolean run() throws IOException {
    if (ancestor == null || descendant == null) {
      throw new IllegalStateException("Say which commit to look for, and in whose history.");
    }
    try (RevWalk walk = new RevWalk(repository)) {
      return walk.isMergedInto(
          walk.parseCommit(ObjectId.fromString(ancestor)),
          walk.parseCommit(ObjectId.fromString(descendant)));
    } catch (MissingObjectException | IllegalArgumentException unknown) {
      return false;
    }
  }
}
