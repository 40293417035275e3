package io.hindsight.runbook.git;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TagBuilder;

/**
 * Writes an annotated tag at a commit, never moving one that exists; or, with no name given, lists
 * the tag names that start with a prefix.
 */
public final class TagCommand extends GitCommand<List<String>> {

  private String name;
  private String commit;
  private PersonIdent tagger;
  private String message;
  private String prefix = "";

  TagCommand(Repository repository) {
    super(repository);
  }

  public TagCommand name(String tagName) {
    if (tagName == null || !Repository.isValidRefName(Constants.R_TAGS + tagName)) {
      throw new IllegalArgumentException("Not a valid tag name: '" + tagName + "'.");
    }
    this.name = tagName;
    return this;
  }

  public TagCommand at(String commitId) {
    this.commit = commitId;
    return this;
  }

  public TagCommand tagger(String taggerName, String email, OffsetDateTime when) {
    this.tagger = new PersonIdent(taggerName, email, when.toInstant(), when.getOffset());
    return this;
  }

  public TagCommand message(String text) {
    this.message = text;
    return this;
  }

  /** Lists instead of writing: the tags whose names start with this. */
  public TagCommand listing(String namePrefix) {
    this.prefix = namePrefix;
    this.name = null;
    return this;
  }

  /**
   * @return the tag names starting with the prefix; or, when writing, the one tag written
   * @throws GitAccessException when the tag exists already
   */
  @Override
  List<String> run() throws IOException {
    if (name == null) {
      List<String> names = new ArrayList<>();
      for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS + prefix)) {
        names.add(ref.getName().substring(Constants.R_TAGS.length()));
      }
      return List.copyOf(names);
    }
    if (commit == null || tagger == null || message == null) {
      throw new IllegalStateException("A tag needs a commit, a tagger and a message.");
    }
    try (ObjectInserter inserter = repository.newObjectInserter()) {
      TagBuilder tag = new TagBuilder();
      tag.setTag(name);
      tag.setObjectId(ObjectId.fromString(commit), Constants.OBJ_COMMIT);
      tag.setTagger(tagger);
      tag.setMessage(message);
      ObjectId id = inserter.insert(tag);
      inserter.flush();
      RefUpdate update = repository.updateRef(Constants.R_TAGS + name);
      update.setExpectedOldObjectId(ObjectId.zeroId());
      update.setNewObjectId(id);
      update.disableRefLog();
      RefUpdate.Result result = update.update();
      if (result != RefUpdate.Result.NEW) {
        throw new GitAccessException("Tag " + name + " exists already (" + result + ").");
      }
      return List.of(name);
    }
  }
}
