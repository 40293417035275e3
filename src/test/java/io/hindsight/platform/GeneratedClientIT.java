package io.hindsight.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.client.ApiClient;
import io.hindsight.client.ApiException;
import io.hindsight.client.api.ActionItemsApi;
import io.hindsight.client.api.IncidentsApi;
import io.hindsight.client.api.PostmortemsApi;
import io.hindsight.client.api.TokensApi;
import io.hindsight.client.model.ActionItemCreateRequest;
import io.hindsight.client.model.ActionItemPage;
import io.hindsight.client.model.ActionItemView;
import io.hindsight.client.model.CreateTokenRequest;
import io.hindsight.client.model.DeclareIncidentRequest;
import io.hindsight.client.model.EntryRequest;
import io.hindsight.client.model.EntryView;
import io.hindsight.client.model.IncidentView;
import io.hindsight.client.model.IssuedTokenView;
import io.hindsight.client.model.PostmortemView;
import io.hindsight.client.model.ResultPagePostmortemView;
import io.hindsight.client.model.StepRequest;
import io.hindsight.testing.DemoUsers;
import io.hindsight.testing.OverHttp;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Java client that the build generates from the checked-in contract (openapi-generator, {@code
 * java}/{@code native}), used against the running server as a script would use it: a token, then an
 * incident declared, logged and resolved, its post-mortem read and its action items listed.
 * ApiContractIT holds the checked-in contract equal to the served document, so a disagreement
 * between the document and the server fails here.
 */
class GeneratedClientIT extends OverHttp {

  @Test
  void aGeneratedClientDeclaresLogsResolvesAndReadsThePostmortemAndItsActionItems()
      throws ApiException {
    IssuedTokenView issued =
        new TokensApi(client("Basic " + basic("responder")))
            .tokenCreate(new CreateTokenRequest().name("generated client").expiresInDays(1));
    assertThat(issued.getToken()).isNotBlank();
    ApiClient client = client("Bearer " + issued.getToken());
    IncidentsApi incidents = new IncidentsApi(client);

    IncidentView declared =
        incidents.incidentDeclare(
            new DeclareIncidentRequest()
                .title("Generated client: checkout answers 502")
                .severity("P1")
                .category("outage")
                .services(List.of("checkout")));
    assertThat(declared.getKey()).startsWith("INC-");
    assertThat(declared.getStatus()).isEqualTo("declared");

    EntryView logged =
        incidents.timelineAdd(
            declared.getKey(),
            new EntryRequest().kind("observation").text("502s started after release 4.2.1."));
    assertThat(logged.getText()).contains("release 4.2.1");

    IncidentView resolved =
        incidents.incidentStep(
            declared.getKey(), "resolve", new StepRequest().note("Rolled back release 4.2.1."));
    assertThat(resolved.getStatus()).isEqualTo("resolved");
    assertThat(incidents.incidentList("resolved", "P1", "checkout", null, false, 0, 100).getItems())
        .extracting(IncidentView::getKey)
        .contains(declared.getKey());

    PostmortemsApi postmortems = new PostmortemsApi(client);
    ResultPagePostmortemView listed =
        postmortems.postmortemList(declared.getKey(), null, null, null, null, null, 0, 20);
    assertThat(listed.getTotal()).isEqualTo(1L);
    PostmortemView postmortem = postmortems.postmortemGet(listed.getItems().get(0).getKey());
    assertThat(postmortem.getIncident()).isEqualTo(declared.getKey());
    assertThat(postmortem.getStatus()).isEqualTo("draft");
    assertThat(postmortem.getTimeline())
        .anySatisfy(entry -> assertThat(entry.getText()).contains("release 4.2.1"));

    ActionItemsApi actionItems = new ActionItemsApi(client);
    ActionItemView created =
        actionItems.actionItemCreate(
            new ActionItemCreateRequest()
                .postmortem(postmortem.getKey())
                .title("Alert on checkout 502s above 1 %")
                .priority("high")
                .kind("detect")
                .owner("responder")
                .dueDate(LocalDate.now().plusDays(30)));
    ActionItemPage items =
        actionItems.actionItemList(null, postmortem.getKey(), "open", null, true, 0, 50);
    assertThat(items.getItems()).extracting(ActionItemView::getId).containsExactly(created.getId());
    assertThat(items.getTotal()).isEqualTo(1L);

    assertThatThrownBy(() -> incidents.incidentList("sleeping", null, null, null, null, 0, 20))
        .isInstanceOfSatisfying(
            ApiException.class,
            refused -> {
              assertThat(refused.getCode()).isEqualTo(400);
              assertThat(refused.getResponseHeaders().firstValue("Content-Type"))
                  .hasValueSatisfying(
                      type -> assertThat(type).startsWith("application/problem+json"));
              assertThat(refused.getResponseBody()).contains("status");
            });
  }

  private ApiClient client(String authorization) {
    ApiClient client = new ApiClient();
    client.updateBaseUri(base.toString().replaceAll("/$", ""));
    client.setRequestInterceptor(request -> request.header("Authorization", authorization));
    return client;
  }

  private static String basic(String user) {
    return Base64.getEncoder()
        .encodeToString((user + ":" + DemoUsers.passwordOf(user)).getBytes(StandardCharsets.UTF_8));
  }
}
