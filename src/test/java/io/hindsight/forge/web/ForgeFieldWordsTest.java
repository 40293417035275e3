package io.hindsight.forge.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.platform.refusal.FieldRefused;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ForgeFieldWordsTest {

  @Test
  void namesEachRefusedFieldByItsLabelOnThePage() {
    Map<String, String> refused = new LinkedHashMap<>();
    refused.put("apiUrl", "must be an http or https URL");
    refused.put("project", "must be owner/name (a GitLab group path is allowed)");
    refused.put("token", "is required");
    assertThat(ForgeFieldWords.of(FieldRefused.fields(refused)))
        .isEqualTo(
            "API base URL must be an http or https URL."
                + " Project must be owner/name (a GitLab group path is allowed)."
                + " Token is required.");
  }

  @Test
  void aLoginIsNamedByItsForgeAndAWholeSentenceStandsAlone() {
    assertThat(
            ForgeFieldWords.of(
                FieldRefused.field("gitea", "must be a forge user name: letters, digits")))
        .isEqualTo("Gitea/Forgejo login must be a forge user name: letters, digits.");
    assertThat(ForgeFieldWords.of(FieldRefused.field("kind", "Bitbucket is not supported yet")))
        .isEqualTo("Bitbucket is not supported yet.");
    assertThat(ForgeFieldWords.of(FieldRefused.because("A JSON body is required.")))
        .isEqualTo("A JSON body is required.");
  }
}
