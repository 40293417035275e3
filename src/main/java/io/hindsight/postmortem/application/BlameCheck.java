package io.hindsight.postmortem.application;

import io.hindsight.postmortem.domain.BlameWarning;
import io.hindsight.postmortem.domain.ContributingFactor;
import io.hindsight.postmortem.domain.Postmortem;
import io.hindsight.security.application.UserAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The blameless check of post-mortems: the configured rules run over every section and factor, with
 * the users' usernames and names as the people who may be blamed.
 */
@ApplicationScoped
@Transactional
public class BlameCheck {

  @Inject BlameTeamWords teamWords;
  @Inject NotBlameMarks marks;
  @Inject UserAccounts users;

  /**
   * Every blame warning in the post-mortem's sections and factors, acknowledged or not; those in
   * sentences marked "not blame" for it are dismissed.
   */
  public List<SectionWarning> warnings(Postmortem postmortem) {
    Set<String> marked = marks.sentences(postmortem);
    return found(postmortem).stream().map(w -> w.dismissedIf(marked)).toList();
  }

  private List<SectionWarning> found(Postmortem postmortem) {
    Collection<String> names = personNames();
    Set<String> acknowledged = postmortem.acknowledged();
    List<SectionWarning> found = new ArrayList<>();
    postmortem
        .sections()
        .forEach(
            (key, text) ->
                teamWords.finder().find(text, names).stream()
                    .map(
                        w ->
                            SectionWarning.in(
                                "sections." + key, text, w, acknowledged.contains(w.fingerprint())))
                    .forEach(found::add));
    List<ContributingFactor> factors = postmortem.factors();
    for (int i = 0; i < factors.size(); i++) {
      String field = "factors[" + i + "]";
      String description = factors.get(i).description();
      teamWords.finder().find(description, names).stream()
          .map(
              w -> SectionWarning.in(field, description, w, acknowledged.contains(w.fingerprint())))
          .forEach(found::add);
    }
    return found;
  }

  /** Blame warnings in a free text, as the author types. */
  public List<BlameWarning> lint(String text) {
    return teamWords.finder().find(text, personNames());
  }

  /**
   * The blame warnings of a short text outside the post-mortem document (an action item's title, a
   * timeline entry), shaped as the API and the pages show them.
   */
  public List<PostmortemView.Warning> warningsIn(String field, String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return PostmortemViews.warnings(
        lint(text).stream().map(w -> SectionWarning.in(field, text, w, false)).toList());
  }

  /**
   * A check of many short texts with the team's words and the people's names read once: for a page
   * of a list, whose rows would otherwise read them each.
   */
  public Function<String, Function<String, List<PostmortemView.Warning>>> forMany() {
    var finder = teamWords.finder();
    Collection<String> names = personNames();
    return field ->
        text ->
            text == null || text.isBlank()
                ? List.of()
                : PostmortemViews.warnings(
                    finder.find(text, names).stream()
                        .map(w -> SectionWarning.in(field, text, w, false))
                        .toList());
  }

  /**
   * A gentle note on a text, or empty when it blames no one: what the check found, why it matters,
   * the question to ask instead and a rewrite.
   */
  public Optional<String> note(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return lint(text).stream()
        .findFirst()
        .map(
            w ->
                "\""
                    + w.matchedText()
                    + "\": "
                    + w.message()
                    + " Ask instead: "
                    + w.suggestion()
                    + (w.rewrites().isEmpty()
                        ? ""
                        : " Or write: \"" + w.rewrites().get(w.rewrites().size() - 1) + "\""));
  }

  public List<BlameWarning> unacknowledged(Postmortem postmortem) {
    return warnings(postmortem).stream()
        .filter(SectionWarning::open)
        .map(SectionWarning::warning)
        .toList();
  }

  private Collection<String> personNames() {
    Set<String> names = new LinkedHashSet<>();
    for (UserAccounts.AccountName account : users.names()) {
      names.add(account.username().value());
      String display = account.displayName().strip();
      if (!display.isEmpty()) {
        names.add(display);
        names.add(display.split("\\s+")[0]);
      }
    }
    return Collections.unmodifiableSet(names);
  }
}
