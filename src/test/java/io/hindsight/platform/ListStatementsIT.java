package io.hindsight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.postmortem.PostmortemApi;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.OverHttp;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The incident, post-mortem and action item lists fetch a page in the same number of SQL statements
 * whatever its length: counted per request by the server itself ({@code http_server_db_statements},
 * one series per route), for a page of 2 rows and one of 12, each request alone on its route.
 */
class ListStatementsIT extends OverHttp {

  private static final int ROWS = 12;

  private PostmortemApi postmortems;
  private ApiClient responder;

  @BeforeEach
  void enoughRows() {
    postmortems = new PostmortemApi(base);
    responder = postmortems.as("responder");
    for (int i = 0; i < ROWS; i++) {
      String key = postmortems.draft("P1");
      ApiClient.Reply item =
          responder.post(
              "api/v1/action-items",
              "{\"postmortem\":\""
                  + key
                  + "\",\"title\":\"Alert on checkout latency "
                  + i
                  + "\",\"kind\":\"detect\",\"priority\":\"high\",\"owner\":\"responder\","
                  + "\"dueDate\":\""
                  + LocalDate.now().plusDays(14 + i)
                  + "\"}");
      assertThat(item.status()).as(item.toString()).isEqualTo(201);
    }
  }

  @Test
  void theIncidentListTakesAsManyStatementsForTwelveRowsAsForTwo() {
    assertConstant("api/v1/incidents", "/api/v1/incidents");
  }

  @Test
  void thePostmortemListTakesAsManyStatementsForTwelveRowsAsForTwo() {
    assertConstant("api/v1/postmortems", "/api/v1/postmortems");
  }

  @Test
  void theActionItemListTakesAsManyStatementsForTwelveRowsAsForTwo() {
    // Narrowed to an owner: the counts of the whole board may come from the last second's
    // (ActionItems.BROAD_COUNTS_KEPT), one statement fewer, and are checked below.
    assertConstant("api/v1/action-items?owner=responder", "/api/v1/action-items");
  }

  @Test
  void theWholeBoardTakesNoMoreStatementsForTwelveRowsThanForTwo() {
    int few = statements("api/v1/action-items?size=2", "/api/v1/action-items", 2);
    int many = statements("api/v1/action-items?size=" + ROWS, "/api/v1/action-items", ROWS);
    assertThat(few).as("statements for a page of 2").isPositive();
    assertThat(many)
        .as("statements for a page of %d against %d for 2", ROWS, few)
        .isLessThanOrEqualTo(few);
  }

  private void assertConstant(String path, String route) {
    String join = path.contains("?") ? "&" : "?";
    int few = statements(path + join + "size=2", route, 2);
    int many = statements(path + join + "size=" + ROWS, route, ROWS);
    assertThat(few).as("statements for a page of 2").isPositive();
    assertThat(many).as("statements for a page of %d against %d for 2", ROWS, few).isEqualTo(few);
  }

  /** The statements of one GET of {@code path}, read from the scrape before and after it. */
  private int statements(String path, String route, int rows) {
    Series before = series(route);
    ApiClient.Reply listed = responder.get(path);
    assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
    assertThat(listed.json().getJsonArray("items")).hasSize(rows);
    Series after = series(route);
    assertThat(after.count - before.count).as("requests on %s between the scrapes", route).isOne();
    return (int) Math.round(after.sum - before.sum);
  }

  private Series series(String route) {
    ApiClient.Reply scrape = new ApiClient(base).get("metrics");
    assertThat(scrape.status()).isEqualTo(200);
    String labels = "method=\"GET\",route=\"" + route + "\"";
    return new Series(
        value(scrape.body(), "http_server_db_statements_count", labels),
        value(scrape.body(), "http_server_db_statements_sum", labels));
  }

  private static double value(String scrape, String name, String labels) {
    Matcher line =
        Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$").matcher(scrape);
    while (line.find()) {
      if (line.group(1).contains(labels)) {
        return Double.parseDouble(line.group(2));
      }
    }
    return 0;
  }

  private record Series(double count, double sum) {}
}
