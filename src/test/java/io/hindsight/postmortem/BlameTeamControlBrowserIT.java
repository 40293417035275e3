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
  void aFactorMarkedNotBlameBecomesATeamExceptionFromThePageAndCanBeTakenBack() {
    PostmortemApi api = new PostmortemApi(base);
    String key = api.draft("P1");
    String factor =
        "Bogdan's error in proxy config "
            + java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000, 1_000_000)
            + " was never reviewed.";
    long version = api.read("responder", key).getJsonNumber("version").longValue();
    assertThat(
            api.as("responder")
                .put(
                    "api/v1/postmortems/" + key,
                    "{\"version\":"
                        + version
                        + ",\"factors\":[{\"description\":\""
                        + factor
                        + "\"}]}")
                .status())
        .isEqualTo(200);
    signInAt("postmortem.xhtml?key=" + key, "responder");
    assertThat(browser.findElements(By.id("marks-form:promote"))).isEmpty();

    browser.findElement(By.cssSelector("input[id$='factor-not-blame']")).click();

    assertThat(Chromium.awaitText(browser, By.id("factor-list"), "Marked not blame"))
        .contains("Bogdan's error");
    assertThat(browser.findElement(By.id("not-blame-marks")).getText()).contains(factor);
    assertThat(
            browser.findElements(
                By.cssSelector("#not-blame-marks input[value='Make a team exception']")))
        .as("only an admin promotes a mark")
        .isEmpty();

    signOut();
    signInAt("postmortem.xhtml?key=" + key, "admin");
    browser
        .findElement(By.cssSelector("#not-blame-marks input[value='Make a team exception']"))
        .click();

    assertThat(Chromium.awaitText(browser, By.cssSelector(".messages"), "team exception"))
        .contains("is now a team exception");
    assertThat(api.as("admin").get("api/v1/blame-check/words").body()).containsIgnoringCase(factor);

    browser.findElement(By.cssSelector("#not-blame-marks input[value='Take back']")).click();

    assertThat(Chromium.awaitText(browser, By.cssSelector(".messages"), "taken back"))
        .contains("warns about that sentence again");
    assertThat(browser.findElements(By.id("not-blame-marks"))).isEmpty();
    assertThat(api.as("responder").get("api/v1/postmortems/" + key + "/not-blame").body())
        .doesNotContain("Bogdan");
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
