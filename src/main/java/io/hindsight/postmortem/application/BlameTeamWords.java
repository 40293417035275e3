package io.hindsight.postmortem.application;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.Forbidden;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.postmortem.domain.BlameFinder;
import io.hindsight.postmortem.domain.BlameRules;
import io.hindsight.postmortem.domain.BlameTeamWord;
import io.hindsight.postmortem.domain.BlameTeamWord.Kind;
import io.hindsight.postmortem.domain.EnglishText;
import io.hindsight.postmortem.domain.NotBlameMark;
import io.hindsight.security.domain.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The words admins add to the blame check (phrases, role words, exceptions), stored in the database
 * and merged with the rule file. The merged check is built again only when the words change, on
 * whichever node reads them.
 */
@ApplicationScoped
@Transactional
public class BlameTeamWords {

  @PersistenceContext EntityManager em;
  @Inject PostmortemSettings settings;
  @Inject Clock clock;

  private final AtomicReference<Built> built = new AtomicReference<>();

  private record Built(List<String> words, BlameFinder finder) {}

  public List<BlameTeamWord> all() {
    return em.createQuery(
            "select w from BlameTeamWord w order by w.kind, w.word", BlameTeamWord.class)
        .getResultList();
  }

  /** The rule file's rules with the team's words, as they are now. */
  public BlameRules merged() {
    return merged(all());
  }

  private BlameRules merged(List<BlameTeamWord> words) {
    return settings
        .blameRules()
        .withTeamWords(of(words, Kind.PHRASE), of(words, Kind.ROLE), of(words, Kind.EXCEPTION));
  }

  /** The blame check with the team's words, as they are now. */
  public BlameFinder finder() {
    List<BlameTeamWord> words = all();
    List<String> key = words.stream().map(w -> w.kind() + ":" + w.word()).toList();
    Built current = built.get();
    if (current == null || !current.words().equals(key)) {
      current = new Built(key, new BlameFinder(merged(words), EnglishText.shared()));
      built.set(current);
    }
    return current.finder();
  }

  private static List<String> of(List<BlameTeamWord> words, Kind kind) {
    return words.stream().filter(w -> w.kind() == kind).map(BlameTeamWord::word).toList();
  }

  /** Adds a word; an admin only; the same word twice is a conflict. */
  public BlameTeamWord add(String kind, String word, Caller caller) {
    requireAdmin(caller);
    Kind parsed =
        Kind.parse(kind == null ? "" : kind.strip())
            .orElseThrow(
                () -> FieldRefused.field("kind", "Kind must be one of phrase, role, exception."));
    BlameTeamWord.problem(parsed, word)
        .ifPresent(
            problem -> {
              throw FieldRefused.field("word", "The word " + problem + ".");
            });
    String normal = NotBlameMark.normal(word);
    boolean listed =
        !em.createQuery(
                "select w.id from BlameTeamWord w where w.kind = :kind and w.word = :word",
                Long.class)
            .setParameter("kind", parsed)
            .setParameter("word", normal)
            .getResultList()
            .isEmpty();
    if (listed) {
      throw new StateConflict(
          "\"" + normal + "\" is already a team " + parsed.value() + " of the blame check.");
    }
    BlameTeamWord added = new BlameTeamWord(parsed, word, caller.username(), clock.instant());
    em.persist(added);
    return added;
  }

  /** An exception added from a sentence marked "not blame"; nothing new when already listed. */
  public BlameTeamWord exception(String sentence, Caller caller) {
    requireAdmin(caller);
    return em.createQuery(
            "select w from BlameTeamWord w where w.kind = :kind and w.word = :word",
            BlameTeamWord.class)
        .setParameter("kind", Kind.EXCEPTION)
        .setParameter("word", NotBlameMark.normal(sentence))
        .getResultStream()
        .findFirst()
        .orElseGet(() -> add(Kind.EXCEPTION.value(), sentence, caller));
  }

  public void remove(long id, Caller caller) {
    requireAdmin(caller);
    BlameTeamWord word = em.find(BlameTeamWord.class, id);
    if (word == null) {
      throw NotFound.of("team word", String.valueOf(id));
    }
    em.remove(word);
  }

  private static void requireAdmin(Caller caller) {
    if (!caller.admin()) {
      throw new Forbidden("Only an admin changes the team's blame check words.");
    }
  }
}
