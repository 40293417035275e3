package io.hindsight.forge.application;

import io.hindsight.forge.domain.ForgeKind;
import io.hindsight.platform.crypto.WebhookSignature;
import io.hindsight.platform.json.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GitHub and GitHub Enterprise over their REST API (v3, {@code X-GitHub-Api-Version: 2022-11-28}):
 * the documented endpoints for pulls, issue labels, requested reviewers and repository labels, and
 * {@code pull_request} webhooks signed with {@code X-Hub-Signature-256}.
 */
@ApplicationScoped
public class GitHubForge implements Forge {

  private static final String NAME = "GitHub";

  private ForgeHttp http;
  private Clock clock;

  protected GitHubForge() {}

  @Inject
  public GitHubForge(ForgeHttp http, Clock clock) {
    this.http = http;
    this.clock = clock;
  }

  @Override
  public ForgeKind kind() {
    return ForgeKind.GITHUB;
  }

  private static Map<String, String> headers(ForgeAccess access) {
    return Map.of(
        "Authorization", "Bearer " + access.token(),
        "Accept", "application/vnd.github+json",
        "X-GitHub-Api-Version", "2022-11-28");
  }

  private String repo(ForgeAccess access) {
    return "/repos/" + access.project().owner() + "/" + access.project().name();
  }

  private ForgeHttp.Reply call(ForgeAccess access, String method, String path, String json)
      throws ForgeFailure {
    return http.send(method, access.resolve(path), headers(access), json);
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
            .add("title", draft.title())
            .add("head", draft.branch())
            .add("base", draft.base())
            .add("body", draft.body())
            .add("maintainer_can_modify", false)
            .build()
            .toString();
    ForgeHttp.Reply created = call(access, "POST", repo(access) + "/pulls", body);
    if (created.status() == 201) {
      JsonObject pull = created.object();
      return new PullRequest(
          pull.getJsonNumber("number").longValue(), pull.getString("html_url", ""), true);
    }
    if (created.status() == 422 && alreadyExists(created.object())) {
      Optional<PullRequest> raced = findOpen(access, draft);
      if (raced.isPresent()) {
        return raced.get();
      }
    }
    throw fault(created, "open the pull request");
  }

  private Optional<PullRequest> findOpen(ForgeAccess access, PullRequestDraft draft)
      throws ForgeFailure {
    String head =
        URLEncoder.encode(access.project().owner() + ":" + draft.branch(), StandardCharsets.UTF_8);
    ForgeHttp.Reply found =
        call(access, "GET", repo(access) + "/pulls?state=open&head=" + head, null);
    if (!found.ok()) {
      throw fault(found, "list the pull requests");
    }
    JsonValue list = found.json();
    if (list.getValueType() != JsonValue.ValueType.ARRAY || list.asJsonArray().isEmpty()) {
      return Optional.empty();
    }
    JsonObject pull = list.asJsonArray().getJsonObject(0);
    return Optional.of(
        new PullRequest(
            pull.getJsonNumber("number").longValue(), pull.getString("html_url", ""), false));
  }

  private static boolean alreadyExists(JsonObject answer) {
    if (answer.getString("message", "").contains("already exists")) {
      return true;
    }
    JsonArray errors =
        answer.get("errors") instanceof JsonArray list ? list : JsonValue.EMPTY_JSON_ARRAY;
    return errors.stream()
        .filter(e -> e.getValueType() == JsonValue.ValueType.OBJECT)
        .map(JsonValue::asJsonObject)
        .anyMatch(e -> e.getString("message", "").contains("already exists"));
  }

  @Override
  public void describe(ForgeAccess access, long number, PullRequestDraft draft)
      throws ForgeFailure {
    String body =
        Jsonp.object().add("title", draft.title()).add("body", draft.body()).build().toString();
    ForgeHttp.Reply reply = call(access, "PATCH", repo(access) + "/pulls/" + number, body);
    if (!reply.ok()) {
      throw fault(reply, "update the pull request's description");
    }
  }

  @Override
  public void label(ForgeAccess access, long number, String label) throws ForgeFailure {
    String body = Jsonp.object().add("labels", Jsonp.array().add(label)).build().toString();
    ForgeHttp.Reply reply =
        call(access, "POST", repo(access) + "/issues/" + number + "/labels", body);
    if (!reply.ok()) {
      throw fault(reply, "label the pull request " + label);
    }
  }

  @Override
  public void requestReview(ForgeAccess access, long number, List<String> logins)
      throws ForgeFailure {
    if (logins.isEmpty()) {
      return;
    }
    var reviewers = Jsonp.array();
    logins.forEach(reviewers::add);
    String body = Jsonp.object().add("reviewers", reviewers).build().toString();
    ForgeHttp.Reply reply =
        call(access, "POST", repo(access) + "/pulls/" + number + "/requested_reviewers", body);
    if (!reply.ok()) {
      throw fault(reply, "request reviews from " + String.join(", ", logins));
    }
  }

  @Override
  public PullRequestEvent current(ForgeAccess access, long number) throws ForgeFailure {
    ForgeHttp.Reply reply = call(access, "GET", repo(access) + "/pulls/" + number, null);
    if (!reply.ok()) {
      throw fault(reply, "read the pull request #" + number);
    }
    return PullRequestStates.ofPull(reply.object());
  }

  @Override
  public ConnectionCheck check(ForgeAccess access, String label) throws ForgeFailure {
    ForgeHttp.Reply repository = call(access, "GET", repo(access), null);
    if (!repository.ok()) {
      throw fault(repository, "read the repository " + access.project());
    }
    JsonObject found = repository.object();
    boolean canPush =
        found.get("permissions") instanceof JsonObject permissions
            && permissions.getBoolean("push", false);
    String name = found.getString("full_name", access.project().value());
    String labelPath = repo(access) + "/labels/" + URLEncoder.encode(label, StandardCharsets.UTF_8);
    ForgeHttp.Reply existing = call(access, "GET", labelPath, null);
    if (existing.ok()) {
      return ConnectionCheck.labelFound(name, canPush);
    }
    if (existing.status() != 404) {
      throw fault(existing, "read the label " + label);
    }
    String body =
        Jsonp.object()
            .add("name", label)
            .add("color", "0e8a16")
            .add("description", "A runbook change opened by Hindsight")
            .build()
            .toString();
    ForgeHttp.Reply created = call(access, "POST", repo(access) + "/labels", body);
    if (created.status() == 201) {
      return ConnectionCheck.labelCreated(name, canPush);
    }
    return ConnectionCheck.labelMissing(name, canPush, label, created.status(), NAME);
  }

  @Override
  public String signatureHeader() {
    return WebhookSignature.HEADER;
  }

  @Override
  public boolean verifies(WebhookDelivery delivery, String secret) {
    return WebhookSignature.matches(
        secret, delivery.body(), delivery.header(WebhookSignature.HEADER).orElse(null));
  }

  @Override
  public Optional<String> deliveryId(WebhookDelivery delivery) {
    return delivery.header("X-GitHub-Delivery");
  }

  @Override
  public Optional<PullRequestEvent> event(WebhookDelivery delivery) {
    if (!delivery.header("X-GitHub-Event").filter("pull_request"::equals).isPresent()) {
      return Optional.empty();
    }
    JsonObject payload = ForgeHttp.jsonObject(new String(delivery.body(), StandardCharsets.UTF_8));
    if (!(payload.get("pull_request") instanceof JsonObject pull)
        || !(pull.get("head") instanceof JsonObject head)) {
      return Optional.empty();
    }
    String action = payload.getString("action", "");
    boolean merged = pull.getBoolean("merged", false);
    PullRequestEvent.Outcome outcome =
        !action.equals("closed")
            ? PullRequestEvent.Outcome.OTHER
            : merged ? PullRequestEvent.Outcome.MERGED : PullRequestEvent.Outcome.CLOSED;
    Optional<String> commit =
        pull.get("merge_commit_sha") instanceof jakarta.json.JsonString sha
            ? Optional.of(sha.getString())
            : Optional.empty();
    Optional<String> sender =
        payload.get("sender") instanceof JsonObject user
            ? Optional.of(user.getString("login", "")).filter(l -> !l.isEmpty())
            : Optional.empty();
    return Optional.of(new PullRequestEvent(head.getString("ref", ""), outcome, commit, sender));
  }

  @Override
  public Optional<PullRequestRemark> remark(WebhookDelivery delivery) {
    return GitHubRemarks.of(delivery);
  }
}
