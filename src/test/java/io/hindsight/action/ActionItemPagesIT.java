package io.hindsight.action;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.postmortem.PostmortemApi;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BrowserSession;
import io.hindsight.testing.OverHttp;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The action item form on the post-mortem page and the action item board, over HTTP. */
class ActionItemPagesIT extends OverHttp {

  @Test
  void actionItemsRefuseBadInputOnThePageAndChangeStatusOnTheBoard() {
    PostmortemApi api = new PostmortemApi(base);
    String key = api.draft("P1");
    BrowserSession responder = signIn("responder");
    String page = "postmortem.xhtml?key=" + key;
    String html = responder.get(page).body();

    HttpResponse<String> noOwner =
        responder.postForm(
            page, html, "item", Map.of("item:title", "Add alerting", "item:add-item", "Add"));
    assertThat(noOwner.body()).contains("id=\"item-owner-error\"").contains("Choose an owner.");
    HttpResponse<String> past =
        responder.postForm(
            page,
            html,
            "item",
            Map.of(
                "item:title", "Add alerting",
                "item:owner", "viewer",
                "item:due", LocalDate.now().minusDays(2).toString(),
                "item:add-item", "Add"));
    assertThat(past.body()).contains("id=\"item-due-error\"").contains("is in the past");
    HttpResponse<String> badDate =
        responder.postForm(
            page,
            html,
            "item",
            Map.of(
                "item:title",
                "Add alerting",
                "item:owner",
                "viewer",
                "item:due",
                "soon",
                "item:link",
                "ftp://x",
                "item:add-item",
                "Add"));
    assertThat(badDate.body()).contains("YYYY-MM-DD");
    assertThat(api.read("responder", key).getJsonArray("actionItems")).isEmpty();

    String title = "Alert on certificate expiry " + UUID.randomUUID();
    HttpResponse<String> added =
        responder.postForm(
            page,
            html,
            "item",
            Map.of(
                "item:title", title,
                "item:owner", "responder",
                "item:priority", "HIGH",
                "item:link", "https://tracker.example/OPS-1",
                "item:add-item", "Add"));
    assertThat(added.body()).contains("Action item added.").contains(title);
    assertThat(api.read("responder", key).getJsonArray("actionItems")).hasSize(1);

    String board = responder.get("action-items.xhtml").body();
    assertThat(board).contains(title).contains("id=\"completion\"");
    String row = rowPrefix(board, title);
    HttpResponse<String> done =
        responder.postForm("action-items.xhtml", board, "board", Map.of(row + "done", "Done"));
    assertThat(done.body()).contains("Marked done.");
    ApiClient.Reply items = api.as("responder").get("api/v1/action-items?postmortem=" + key);
    assertThat(items.json().getJsonArray("items").getJsonObject(0).getString("status"))
        .isEqualTo("done");

    assertThat(signIn("viewer").get("action-items.xhtml?tab=nonsense").body())
        .contains("There is no list");
  }

  /** The client id prefix ("board:rows:3:") of the board row holding {@code title}. */
  private static String rowPrefix(String html, String title) {
    Matcher row =
        Pattern.compile("name=\"(board:rows:[0-9]+:)reason\"")
            .matcher(html.substring(html.indexOf(title)));
    assertThat(row.find()).as("a row with a reason field for " + title).isTrue();
    return row.group(1);
  }
}
