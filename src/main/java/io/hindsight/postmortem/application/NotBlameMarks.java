package io.hindsight.postmortem.application;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.Forbidden;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.postmortem.domain.BlameTeamWord;
import io.hindsight.postmortem.domain.ContributingFactor;
import io.hindsight.postmortem.domain.NotBlameMark;
import io.hindsight.postmortem.domain.Postmortem;
import io.hindsight.postmortem.domain.PostmortemKey;
import io.hindsight.security.domain.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sentences marked "not blame" for one post-mortem by its authors or chosen reviewers: kept across
 * revisions; an admin can make one an exception of the whole team's blame check.
 */
@ApplicationScoped
@Transactional
public class NotBlameMarks {

  @PersistenceContext EntityManager em;
  @Inject PostmortemService postmortems;
  @Inject BlameTeamWords teamWords;
  @Inject Clock clock;

  public List<NotBlameMark> of(Postmortem postmortem) {
    return em.createQuery(
            "select m from NotBlameMark m where m.postmortemId = :id order by m.id",
            NotBlameMark.class)
        .setParameter("id", postmortem.id())
        .getResultList();
  }

  /** The marked sentences of a post-mortem in their normal form. */
  public Set<String> sentences(Postmortem postmortem) {
    return of(postmortem).stream().map(NotBlameMark::normal).collect(Collectors.toSet());
  }

  public List<NotBlameMark> of(PostmortemKey key, Caller caller) {
    return of(postmortems.visible(key, caller));
  }

  /** Marks a sentence of the post-mortem "not blame"; marking it again changes nothing. */
  public NotBlameMark mark(PostmortemKey key, String sentence, Caller caller) {
    Postmortem postmortem = postmortems.visible(key, caller);
    requireWriter(postmortem, caller);
    NotBlameMark.problem(sentence)
        .ifPresent(
            problem -> {
              throw FieldRefused.field("sentence", "The sentence " + problem + ".");
            });
    String normal = NotBlameMark.normal(sentence);
    if (!NotBlameMark.normal(allText(postmortem)).contains(normal)) {
      throw FieldRefused.field(
          "sentence", "The sentence is not in this post-mortem: mark a sentence as it is written.");
    }
    return of(postmortem).stream()
        .filter(mark -> mark.normal().equals(normal))
        .findFirst()
        .orElseGet(
            () -> {
              NotBlameMark mark =
                  new NotBlameMark(postmortem.id(), sentence, caller.username(), clock.instant());
              em.persist(mark);
              return mark;
            });
  }

  public void unmark(PostmortemKey key, long id, Caller caller) {
    Postmortem postmortem = postmortems.visible(key, caller);
    requireWriter(postmortem, caller);
    em.remove(find(postmortem, id));
  }

  /** Makes a marked sentence an exception for every post-mortem; an admin only. */
  public BlameTeamWord promote(PostmortemKey key, long id, Caller caller) {
    Postmortem postmortem = postmortems.visible(key, caller);
    return teamWords.exception(find(postmortem, id).sentence(), caller);
  }

  private NotBlameMark find(Postmortem postmortem, long id) {
    NotBlameMark mark = em.find(NotBlameMark.class, id);
    if (mark == null || !mark.postmortemId().equals(postmortem.id())) {
      throw NotFound.of("not-blame mark", String.valueOf(id));
    }
    return mark;
  }

  private static void requireWriter(Postmortem postmortem, Caller caller) {
    boolean participant =
        postmortem.participants().isAuthor(caller.username())
            || postmortem.participants().reviewers().contains(caller.username());
    if (!participant && !caller.admin()) {
      throw new Forbidden(
          "Only the post-mortem's authors and chosen reviewers mark a sentence as not blame.");
    }
  }

  private static String allText(Postmortem postmortem) {
    StringBuilder all = new StringBuilder();
    postmortem.sections().values().forEach(text -> all.append(text).append('\n'));
    postmortem.factors().stream()
        .map(ContributingFactor::description)
        .forEach(text -> all.append(text).append('\n'));
    return all.toString();
  }
}
