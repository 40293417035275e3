package io.hindsight.runbook.git;

import io.hindsight.runbook.domain.FetchLimits;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.jgit.internal.storage.file.FileRepository;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.transport.PackParser;

/**
 * The bare clone opened once more for one fetch, whose received packs pass through a {@link
 * BoundedPackStream}; JGit's fetch has no limits of its own. A pack cut off is not kept: JGit
 * deletes the partly written file, and no ref moves. Redirects are not followed, so that an allowed
 * host cannot send the fetch to one the policy refuses.
 */
final class BoundedFetchRepository extends FileRepository {

  private final FetchLimits limits;

  BoundedFetchRepository(File directory, FetchLimits limits) throws IOException {
    super(directory);
    this.limits = limits;
    getConfig().setString("http", null, "followRedirects", "false");
  }

  @Override
  public ObjectInserter newObjectInserter() {
    ObjectInserter inserter = super.newObjectInserter();
    return new ObjectInserter.Filter() {
      @Override
      protected ObjectInserter delegate() {
        return inserter;
      }

      @Override
      public PackParser newPackParser(InputStream in) throws IOException {
        return inserter.newPackParser(new BoundedPackStream(in, limits));
      }
    };
  }
}
