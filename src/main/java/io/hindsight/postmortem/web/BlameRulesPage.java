package io.hindsight.postmortem.web;

import io.hindsight.postmortem.application.BlameTeamWords;
import io.hindsight.postmortem.domain.BlameRule;
import io.hindsight.postmortem.domain.BlameRules;
import io.hindsight.postmortem.domain.BlameTeamWord;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** The page that explains the blame check to writers: what is flagged, why, and what to ask. */
@Named
@RequestScoped
public class BlameRulesPage {

  @Inject BlameTeamWords words;

  private BlameRules rules;

  private BlameRules rules() {
    if (rules == null) {
      rules = words.merged();
    }
    return rules;
  }

  /** Each construction of the sentence check and what its warning says. */
  public Map<String, String> getConstructions() {
    return new java.util.TreeMap<>(rules().lexicon().constructions());
  }

  /** The phrase rules, the team's among them, with the question each asks instead. */
  public List<BlameRule> getPhrases() {
    return rules().rules().stream()
        .filter(rule -> !rules().lexicon().replaces().contains(rule.id().value()))
        .toList();
  }

  /** The first rewrite the check offers for an example sentence. */
  public String rewrite(String example) {
    return words.finder().find(example).stream()
        .findFirst()
        .map(warning -> warning.rewrites().get(0))
        .orElse("");
  }

  public List<BlameTeamWord> getTeamWords() {
    return words.all();
  }
}
