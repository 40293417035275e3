package io.hindsight.postmortem.web;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.Forbidden;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.postmortem.application.BlameTeamWords;
import io.hindsight.postmortem.domain.BlameTeamWord;
import io.hindsight.security.application.CallerIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/**
 * Admins keep the team's words of the blame check: phrases it flags, role words it treats as
 * people, and exceptions it never flags. The shipped rule file stays as it is; these are merged in.
 */
@Named
@RequestScoped
public class BlameWordsPage {

  @Inject BlameTeamWords words;
  @Inject CallerIdentity identity;

  private String kind = BlameTeamWord.Kind.PHRASE.value();
  private String word;

  public List<BlameTeamWord> getWords() {
    return words.all();
  }

  public List<String> getKinds() {
    return Arrays.stream(BlameTeamWord.Kind.values()).map(BlameTeamWord.Kind::value).toList();
  }

  public String kindLabel(String value) {
    return switch (value) {
      case "phrase" -> "Phrase to flag";
      case "role" -> "Role word (a person)";
      case "exception" -> "Exception (never flagged)";
      default -> value;
    };
  }

  public String add() {
    try {
      BlameTeamWord added = words.add(kind, word, identity.caller());
      FacesMessages.infoAfterRedirect(
          "Added the " + added.kind().value() + " \"" + added.word() + "\".");
      return "/admin/blame-words?faces-redirect=true";
    } catch (FieldRefused | StateConflict | Forbidden refused) {
      FacesMessages.error("Nothing was added: " + refused.getMessage());
      return null;
    }
  }

  public String remove(long id) {
    try {
      words.remove(id, identity.caller());
      FacesMessages.infoAfterRedirect("Removed.");
      return "/admin/blame-words?faces-redirect=true";
    } catch (NotFound | Forbidden refused) {
      FacesMessages.error(refused.getMessage());
      return null;
    }
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getWord() {
    return word;
  }

  public void setWord(String word) {
    this.word = word;
  }
}
