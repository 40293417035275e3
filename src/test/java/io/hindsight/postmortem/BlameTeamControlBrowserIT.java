package io.hindsight.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.Chromium;
import io.hindsight.testing.InChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * In real Chromium: the author marks a warned sentence "not blame" (the warning shows as dismissed,
 * no longer counts as open, and the mark is stored), and follows the editor's link to the page that
 * explains the rules.
 */
class BlameTeamControlBrowserIT extends InChromium {

  private static final String SUMMARY_CHECK = "editor:sections:0:check";

  @Test
  void theAuthorMarksASentenceNotBlameAndTheWarningIsDismissed() {
    PostmortemApi api = new PostmortemApi(base);
    String key = api.draft("P1");
    api.save("responder", key, "summary", "Kateryna's error corrupted the index.");
    signInAt("postmortem.xhtml?key=" + key, "responder");
    assertThat(Chromium.awaitText(browser, By.id("editor:open-warnings"), "fix or acknowledge"))
        .startsWith("1 open");

    browser.findElement(By.cssSelector("[id='" + SUMMARY_CHECK + "'] input.not-blame")).click();

    assertThat(Chromium.awaitText(browser, By.id(SUMMARY_CHECK), "Marked not blame"))
        .contains("Kateryna's error")
        .doesNotContain("Apply");
    assertThat(Chromium.awaitText(browser, By.id("editor:open-warnings"), "No open blame"))
        .contains("No open blame warnings");
    assertThat(api.as("responder").get("api/v1/postmortems/" + key + "/not-blame").body())
        .contains("Kateryna's error corrupted the index.");
  }

  @Test
  void theEditorLinksToThePageThatExplainsTheRules() {
    String key = new PostmortemApi(base).draft("P1");
    signInAt("postmortem.xhtml?key=" + key, "responder");

    browser.findElement(By.id("blame-rules-link")).click();

    String constructions = Chromium.awaitText(browser, By.id("constructions"), "failure");
    assertThat(constructions)
        .contains("John failed to check the config before the rollout.")
        .contains("The config was not checked before the rollout")
        .contains("Access here did not come with guardrails");
    assertThat(browser.findElement(By.id("phrases")).getText()).contains("human-error");
  }
}
