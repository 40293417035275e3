package io.hindsight.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BrowserSession;
import io.hindsight.testing.Chromium;
import io.hindsight.testing.DemoUsers;
import io.hindsight.testing.InChromium;
import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * In real Chromium: an admin adds a team phrase on the blame check words page, the check flags it
 * at once, a bad or repeated word is refused with nothing stored, and removing the phrase stops the
 * warning; a non-admin cannot open the page.
 */
class BlameWordsAdminBrowserIT extends InChromium {

  private static final String LINT = "api/v1/postmortems/lint";
  private static final String SENTENCE = "The rollout failed because of a yolo merge.";

  @Test
  void anAdminAddsAPhraseThatTheCheckFlagsAndRemovesIt() {
    ApiClient responder = new PostmortemApi(base).as("responder");
    assertThat(warnings(responder)).isZero();
    signInAt("admin/blame-words.xhtml", "admin");

    add("phrase", "yolo   merge");
    assertThat(Chromium.awaitText(browser, By.id("word-table"), "yolo merge"))
        .contains("Phrase to flag")
        .contains("admin");
    assertThat(warnings(responder)).isEqualTo(1);

    add("phrase", "yolo merge");
    assertThat(Chromium.awaitText(browser, By.id("messages"), "Nothing"))
        .contains("Nothing was added")
        .contains("already");
    add("role", "two words");
    assertThat(Chromium.awaitText(browser, By.id("messages"), "one word of letters"))
        .as("the message of this post, not the one before it")
        .contains("Nothing");
    assertThat(rowsWith("yolo merge")).hasSize(1);
    assertThat(rowsWith("two words")).isEmpty();

    rowsWith("yolo merge").get(0).findElement(By.cssSelector("input[value='Remove']")).click();
    Chromium.awaitText(browser, By.id("messages"), "Removed");
    assertThat(rowsWith("yolo merge")).isEmpty();
    assertThat(warnings(responder)).isZero();
  }

  @Test
  void onlyAdminsOpenThePage() {
    BrowserSession reviewer =
        new BrowserSession(base)
            .signIn("reviewer", DemoUsers.passwordOf("reviewer"), "/incidents.xhtml");
    assertThat(reviewer.get("admin/blame-words.xhtml").statusCode()).isEqualTo(403);
  }

  private List<WebElement> rowsWith(String word) {
    return browser.findElements(By.cssSelector("#word-table tr.word")).stream()
        .filter(row -> row.findElement(By.cssSelector(".word-text")).getText().equals(word))
        .toList();
  }

  private void add(String kind, String word) {
    new Select(browser.findElement(By.id("add-word:kind"))).selectByValue(kind);
    WebElement field = browser.findElement(By.id("add-word:word"));
    field.clear();
    field.sendKeys(word);
    WebElement add = browser.findElement(By.id("add-word:add"));
    Chromium.clickAndAwaitReplaced(browser, add);
  }

  private int warnings(ApiClient client) {
    ApiClient.Reply reply = client.post(LINT, "{\"text\":" + Json.createValue(SENTENCE) + "}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonArray("warnings").size();
  }
}
