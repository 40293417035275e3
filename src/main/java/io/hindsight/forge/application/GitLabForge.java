package io.hindsight.forge.application;

import io.hindsight.forge.domain.ForgeKind;
import io.hindsight.platform.json.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GitLab (gitlab.com or self-hosted) over its REST API v4 ({@code apiUrl} ends in {@code /api/v4}):
 * merge requests, their labels and reviewers (user ids looked up by user name), project labels, and
 * {@code Merge Request Hook} webhooks carrying the secret in {@code X-Gitlab-Token}.
 */
@ApplicationScoped
public class GitLabForge implements Forge {

  private static final String NAME = "GitLab";
  private static final String TOKEN_HEADER = "X-Gitlab-Token";

  private ForgeHttp http;
  private Clock clock;

  protected GitLabForge() {}

  @Inject
  public GitLabForge(ForgeHttp http, Clock clock) {
    this.http = http;
    this.clock = clock;
  }

  @Override
  public ForgeKind kind() {
    return ForgeKind.GITLAB;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String project(ForgeAccess access) {
    return "/projects/" + encode(access.project().value());
  }

  private ForgeHttp.Reply call(ForgeAccess access, String method, String path, String json)
      throws ForgeFailure {
    return http.send(method, access.resolve(path), Map.of("PRIVATE-TOKEN", access.token()), json);
  }

  private ForgeFailure fault(ForgeHttp.Reply reply, String what) {
    return ForgeHttp.fault(reply, NAME, what, clock.instant());
  }

  @Override
  public PullRequest openOrFind(ForgeAccess access, PullRequestDraft draft) throws ForgeFailure {
    Optional<PullRequest> open = findOpen(access, draft);
    if (open.isPresent()) {
      return open.get();
    }
    String body =
        Jsonp.object()
            .add("source_branch", draft.branch())
            .add("target_branch", draft.base())
            .add("title", draft.title())
            .add("description", draft.body())
            .add("remove_source_branch", true)
            .build()
            .toString();
    ForgeHttp.Reply created = call(access, "POST", project(access) + "/merge_requests", body);
    if (created.status() == 201) {
      return of(created.object(), true);
    }
    if (created.status() == 409) {
      Optional<PullRequest> raced = findOpen(access, draft);
      if (raced.isPresent()) {
        return raced.get();
      }
    }
    throw fault(created, "open the merge request");
  }

  private static PullRequest of(JsonObject request, boolean created) {
    return new PullRequest(
        request.getJsonNumber("iid").longValue(), request.getString("web_url", ""), created);
  }

  private Optional<PullRequest> findOpen(ForgeAccess access, PullRequestDraft draft)
      throws ForgeFailure {
    ForgeHttp.Reply found =
        call(
            access,
            "GET",
            project(access)
                + "/merge_requests?state=opened&source_branch="
                + encode(draft.branch())
                + "&target_branch="
                + encode(draft.base()),
            null);
    if (!found.ok()) {
      throw fault(found, "list the merge requests");
    }
    JsonValue list = found.json();
    if (list.getValueType() != JsonValue.ValueType.ARRAY || list.asJsonArray().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(of(list.asJsonArray().getJsonObject(0), false));
  }

  @Override
  public void describe(ForgeAccess access, long number, PullRequestDraft draft)
      throws ForgeFailure {
    String body =
        Jsonp.object()
            .add("title", draft.title())
            .add("description", draft.body())
            .build()
            .toString();
    ForgeHttp.Reply reply =
        call(access, "PUT", project(access) + "/merge_requests/" + number, body);
    if (!reply.ok()) {
      throw fault(reply, "update the merge request's description");
    }
  }

  @Override
  public void label(ForgeAccess access, long number, String label) throws ForgeFailure {
    String body = Jsonp.object().add("add_labels", label).build().toString();
    ForgeHttp.Reply reply =
        call(access, "PUT", project(access) + "/merge_requests/" + number, body);
    if (!reply.ok()) {
      throw fault(reply, "label the merge request " + label);
    }
  }

  @Override
  public void requestReview(ForgeAccess access, long number, List<String> logins)
      throws ForgeFailure {
    if (logins.isEmpty()) {
      return;
    }
    JsonArrayBuilder ids = Jsonp.array();
    for (String login : logins) {
      ForgeHttp.Reply users = call(access, "GET", "/users?username=" + encode(login), null);
      if (!users.ok()) {
        throw fault(users, "look up the user " + login);
      }
      JsonValue list = users.json();
      if (list.getValueType() != JsonValue.ValueType.ARRAY || list.asJsonArray().isEmpty()) {
        throw new ForgeFailure("GitLab has no user " + login + " to ask for a review.", 404, null);
      }
      ids.add(list.asJsonArray().getJsonObject(0).getJsonNumber("id").longValue());
    }
    String body = Jsonp.object().add("reviewer_ids", ids).build().toString();
    ForgeHttp.Reply reply =
        call(access, "PUT", project(access) + "/merge_requests/" + number, body);
    if (!reply.ok()) {
      throw fault(reply, "request reviews from " + String.join(", ", logins));
    }
  }

  @Override
  public PullRequestEvent current(ForgeAccess access, long number) throws ForgeFailure {
    ForgeHttp.Reply reply =
        call(access, "GET", project(access) + "/merge_requests/" + number, null);
    if (!reply.ok()) {
      throw fault(reply, "read the merge request !" + number);
    }
    return PullRequestStates.ofMergeRequest(reply.object());
  }

  @Override
  public ConnectionCheck check(ForgeAccess access, String label) throws ForgeFailure {
    ForgeHttp.Reply found = call(access, "GET", project(access), null);
    if (!found.ok()) {
      throw fault(found, "read the project " + access.project());
    }
    JsonObject project = found.object();
    String name = project.getString("path_with_namespace", access.project().value());
    int level = 0;
    if (project.get("permissions") instanceof JsonObject permissions) {
      for (String scope : List.of("project_access", "group_access")) {
        if (permissions.get(scope) instanceof JsonObject access2) {
          level = Math.max(level, access2.getInt("access_level", 0));
        }
      }
    }
    boolean canPush = level >= 30;
    ForgeHttp.Reply existing =
        call(access, "GET", project(access) + "/labels/" + encode(label), null);
    if (existing.ok()) {
      return ConnectionCheck.labelFound(name, canPush);
    }
    if (existing.status() != 404) {
      throw fault(existing, "read the label " + label);
    }
    String body =
        Jsonp.object()
            .add("name", label)
            .add("color", "#0e8a16")
            .add("description", "A runbook change opened by Hindsight")
            .build()
            .toString();
    ForgeHttp.Reply created = call(access, "POST", project(access) + "/labels", body);
    if (created.status() == 201) {
      return ConnectionCheck.labelCreated(name, canPush);
    }
    return ConnectionCheck.labelMissing(name, canPush, label, created.status(), NAME);
  }

  @Override
  public String signatureHeader() {
    return TOKEN_HEADER;
  }

  /** GitLab sends the secret itself, not a signature: compared in constant time. */
  @Override
  public boolean verifies(WebhookDelivery delivery, String secret) {
    Optional<String> token = delivery.header(TOKEN_HEADER);
    return secret != null
        && !secret.isEmpty()
        && token.isPresent()
        && MessageDigest.isEqual(
            token.get().getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public Optional<String> deliveryId(WebhookDelivery delivery) {
    return delivery.header("X-Gitlab-Event-UUID");
  }

  @Override
  public Optional<PullRequestEvent> event(WebhookDelivery delivery) {
    if (!delivery.header("X-Gitlab-Event").filter("Merge Request Hook"::equals).isPresent()) {
      return Optional.empty();
    }
    JsonObject payload = ForgeHttp.jsonObject(new String(delivery.body(), StandardCharsets.UTF_8));
    if (!(payload.get("object_attributes") instanceof JsonObject request)) {
      return Optional.empty();
    }
    String action = request.getString("action", "");
    PullRequestEvent.Outcome outcome =
        switch (action) {
          case "merge" -> PullRequestEvent.Outcome.MERGED;
          case "close" -> PullRequestEvent.Outcome.CLOSED;
          default -> PullRequestEvent.Outcome.OTHER;
        };
    Optional<String> commit =
        request.get("merge_commit_sha") instanceof JsonString sha
            ? Optional.of(sha.getString())
            : Optional.empty();
    Optional<String> sender =
        payload.get("user") instanceof JsonObject user
            ? Optional.of(user.getString("username", "")).filter(l -> !l.isEmpty())
            : Optional.empty();
    return Optional.of(
        new PullRequestEvent(request.getString("source_branch", ""), outcome, commit, sender));
  }

  @Override
  public Optional<PullRequestRemark> remark(WebhookDelivery delivery) {
    return GitLabRemarks.of(delivery);
  }
}
