package io.hindsight.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.postmortem.PostmortemApi;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.HindsightDeployment;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lists fetch a page in a constant number of SQL statements, counted by Hibernate's statistics
 * ({@link QueryCountTrigger}): a page of 50 costs what a page of 5 costs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ListQueryCountIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return HindsightDeployment.war().addClass(QueryCountTrigger.class);
  }

  @ArquillianResource URL base;

  private PostmortemApi api;
  private ApiClient admin;

  @BeforeEach
  void atLeastFiftyOfEach() {
    api = new PostmortemApi(base);
    admin = api.as("admin");
    int postmortems = total("api/v1/postmortems?size=1");
    for (int i = postmortems; i < 50; i++) {
      api.draft(i % 2 == 0 ? "P0" : "P1");
    }
    String postmortem =
        admin
            .get("api/v1/postmortems?size=1")
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("key");
    int items = total("api/v1/action-items?size=1");
    for (int i = items; i < 50; i++) {
      ApiClient.Reply created =
          api.as("responder")
              .post(
                  "api/v1/action-items",
                  "{\"postmortem\":\""
                      + postmortem
                      + "\",\"title\":\"Count the queries "
                      + i
                      + "\",\"kind\":\"prevent\",\"priority\":\"medium\",\"owner\":\"viewer\"}");
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }
    assertThat(total("api/v1/incidents?size=1")).isGreaterThanOrEqualTo(50);
  }

  @Test
  void incidentListPagesCostTheSameWhateverTheirSize() {
    assertConstant("api/v1/incidents?size=");
  }

  @Test
  void postmortemListPagesCostTheSameWhateverTheirSize() {
    assertConstant("api/v1/postmortems?size=");
  }

  @Test
  void actionItemListPagesCostTheSameWhateverTheirSize() {
    assertConstant("api/v1/action-items?size=");
  }

  private void assertConstant(String list) {
    queries(list + "5");
    long small = queries(list + "5");
    long large = queries(list + "50");
    assertThat(large).as(list + " page of 50 vs page of 5 (%d statements)", small).isEqualTo(small);
  }

  /** The SQL statements one request of {@code path} ran. */
  private long queries(String path) {
    assertThat(admin.post("api/it/queries", "").status()).isEqualTo(200);
    ApiClient.Reply reply = admin.get(path);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    ApiClient.Reply counted = admin.get("api/it/queries");
    assertThat(counted.status()).isEqualTo(200);
    return Long.parseLong(counted.body().trim());
  }

  private int total(String path) {
    ApiClient.Reply reply = admin.get(path);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getInt("total");
  }
}
