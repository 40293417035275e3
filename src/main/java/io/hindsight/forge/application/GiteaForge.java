package io.hindsight.forge.application;

import io.hindsight.forge.domain.ForgeKind;
import io.hindsight.platform.crypto.WebhookSignature;
import io.hindsight.platform.json.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gitea and Forgejo over their REST API v1 ({@code apiUrl} ends in {@code /api/v1}): pull requests
 * (the open one of a branch found in the open list), labels by id, requested reviewers, and {@code
 * pull_request} webhooks signed with {@code X-Gitea-Signature} (the hex HMAC-SHA256 of the body).
 */
@ApplicationScoped
public class GiteaForge implements Forge {

  private static final String NAME = "Gitea";
  private static final String SIGNATURE = "X-Gitea-Signature";

  private ForgeHttp http;
  private Clock clock;

  protected GiteaForge() {}

  @Inject
  public GiteaForge(ForgeHttp http, Clock clock) {
    this.http = http;
    this.clock = clock;
  }

  @Override
  public ForgeKind kind() {
    return ForgeKind.GITEA;
  }

  private static String repo(ForgeAccess access) {
    return "/repos/" + access.project().owner() + "/" + access.project().name();
  }

  private ForgeHttp.Reply call(ForgeAccess access, String method, String path, String json)
      throws ForgeFailure {
    return http.send(
        method,
        access.resolve(path),
        Map.of("Authorization", "token " + access.token(), "Accept", "application/json"),
        json);
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
            .add("head", draft.branch())
            .add("base", draft.base())
            .add("title", draft.title())
            .add("body", draft.body())
            .build()
            .toString();
    ForgeHttp.Reply created = call(access, "POST", repo(access) + "/pulls", body);
    if (created.status() == 201) {
      return of(created.object(), true);
    }
    if (created.status() == 409) {
      Optional<PullRequest> raced = findOpen(access, draft);
      if (raced.isPresent()) {
        return raced.get();
      }
    }
    throw fault(created, "open the pull request");
  }

  private static PullRequest of(JsonObject pull, boolean created) {
    return new PullRequest(
        pull.getJsonNumber("number").longValue(), pull.getString("html_url", ""), created);
  }

  private Optional<PullRequest> findOpen(ForgeAccess access, PullRequestDraft draft)
      throws ForgeFailure {
    ForgeHttp.Reply found = call(access, "GET", repo(access) + "/pulls?state=open&limit=50", null);
    if (!found.ok()) {
      throw fault(found, "list the pull requests");
    }
    JsonValue list = found.json();
    if (list.getValueType() != JsonValue.ValueType.ARRAY) {
      return Optional.empty();
    }
    return list.asJsonArray().stream()
        .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
        .map(JsonValue::asJsonObject)
        .filter(
            pull ->
                pull.get("head") instanceof JsonObject head
                    && draft.branch().equals(head.getString("ref", "")))
        .findFirst()
        .map(pull -> of(pull, false));
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
    long id =
        labelId(access, label)
            .orElseThrow(
                () ->
                    new ForgeFailure(
                        "Gitea has no label "
                            + label
                            + " in "
                            + access.project()
                            + ": create it, or test the connection to create it.",
                        404,
                        null));
    String body = Jsonp.object().add("labels", Jsonp.array().add(id)).build().toString();
    ForgeHttp.Reply reply =
        call(access, "POST", repo(access) + "/issues/" + number + "/labels", body);
    if (!reply.ok()) {
      throw fault(reply, "label the pull request " + label);
    }
  }

  private Optional<Long> labelId(ForgeAccess access, String label) throws ForgeFailure {
    ForgeHttp.Reply labels = call(access, "GET", repo(access) + "/labels?limit=50", null);
    if (!labels.ok()) {
      throw fault(labels, "read the labels");
    }
    JsonValue list = labels.json();
    if (list.getValueType() != JsonValue.ValueType.ARRAY) {
      return Optional.empty();
    }
    return list.asJsonArray().stream()
        .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
        .map(JsonValue::asJsonObject)
        .filter(l -> label.equals(l.getString("name", "")))
        .findFirst()
        .map(l -> l.getJsonNumber("id").longValue());
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
    if (labelId(access, label).isPresent()) {
      return ConnectionCheck.labelFound(name, canPush);
    }
    String body =
        Jsonp.object()
            .add("name", label)
            .add("color", "#0e8a16")
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
    return SIGNATURE;
  }

  /** Gitea's signature is the bare hex HMAC-SHA256 of the body: GitHub's without its prefix. */
  @Override
  public boolean verifies(WebhookDelivery delivery, String secret) {
    return delivery
        .header(SIGNATURE)
        .filter(given -> !given.regionMatches(true, 0, "sha256=", 0, 7))
        .map(given -> WebhookSignature.matches(secret, delivery.body(), "sha256=" + given))
        .orElse(false);
  }

  @Override
  public Optional<String> deliveryId(WebhookDelivery delivery) {
    return delivery.header("X-Gitea-Delivery");
  }

  @Override
  public Optional<PullRequestEvent> event(WebhookDelivery delivery) {
    if (!delivery.header("X-Gitea-Event").filter("pull_request"::equals).isPresent()) {
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
        pull.get("merge_commit_sha") instanceof JsonString sha
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
    return GiteaRemarks.of(delivery);
  }
}
