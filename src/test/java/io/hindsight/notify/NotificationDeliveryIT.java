package io.hindsight.notify;

import static io.hindsight.incident.IncidentApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.hindsight.incident.IncidentApi;
import io.hindsight.platform.crypto.WebhookSignature;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.HookReceiver;
import io.hindsight.testing.SuiteDeployment;
import io.hindsight.testing.TestDatabase;
import io.hindsight.testing.TestSmtp;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Escalations delivered for real: GreenMail as the SMTP server the test server's mail session
 * points at ({@code it.smtp.port}), and a local HTTP receiver for chat and signed webhooks. Time
 * passes by moving the incident's stored declaration back, as the other integration tests do, and
 * the sweeps and the worker run when the test says ({@link ScheduledNotices}), so nothing waits.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationDeliveryIT {

  private static final String SECRET = "whsec-notify-it-0123456789";

  private final URL base = SuiteDeployment.base();

  @BeforeAll
  static void smtp() {
    TestSmtp.server();
  }

  @AfterEach
  void forgetReceivers() {
    ApiClient.Reply reset =
        new IncidentApi(base).as("admin").put("api/v1/notification-channels/escalation", "{}");
    assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
  }

  @Test
  void aP0UnacknowledgedFor15MinutesReachesTheSecondaryByEmailChatAndWebhookOnce()
      throws Exception {
    IncidentApi api = new IncidentApi(base);
    ApiClient admin = api.as("admin");
    String id = UUID.randomUUID().toString().substring(0, 8);
    String email = "secondary-" + id + "@example.com";
    String handle = "@secondary" + id;
    assertThat(
            admin
                .post(
                    "api/v1/escalation-contacts",
                    "{\"name\":\"Sam Secondary\",\"role\":\"SECONDARY_ON_CALL\",\"email\":\""
                        + email
                        + "\",\"chatHandle\":\""
                        + handle
                        + "\"}")
                .status())
        .isEqualTo(201);
    try (HookReceiver receiver = new HookReceiver()) {
      ApiClient.Reply set =
          admin.put(
              "api/v1/notification-channels/escalation",
              "{\"chatUrl\":\""
                  + receiver.url("/chat")
                  + "\",\"webhookUrl\":\""
                  + receiver.url("/hook")
                  + "\",\"webhookSecret\":\""
                  + SECRET
                  + "\"}");
      assertThat(set.status()).as(set.toString()).isEqualTo(200);
      assertThat(set.json().getBoolean("webhookSecretSet")).isTrue();
      assertThat(set.body()).doesNotContain(SECRET);

      String title = "Payments <b>down</b> " + id;
      String key = api.declare("responder", "P0", "outage", title).getString("key");
      Instant declared = Instant.now().minus(Duration.ofMinutes(16));
      assertThat(
              TestDatabase.update(
                  "update incident set started_at = ?, detected_at = ?, declared_at = ?"
                      + " where incident_key = ?",
                  Timestamp.from(declared.minusSeconds(120)),
                  Timestamp.from(declared.minusSeconds(60)),
                  Timestamp.from(declared),
                  key))
          .isEqualTo(1);

      ScheduledNotices.sweep(admin);
      TestSmtp.await(email, mails -> !mails.isEmpty());
      // Another sweep and another run of the worker: nothing is sent again.
      ScheduledNotices.sweep(admin);

      List<MimeMessage> mails = mailsTo(email);
      assertThat(mails).hasSize(1);
      MimeMessage message = mails.get(0);
      assertThat(message.getSubject()).isEqualTo("[P0] " + key + " " + title);
      assertThat(message.getMessageID()).matches("<[0-9a-f]{40}@localhost>");
      assertThat(message.getHeader("X-Hindsight-Delivery")[0])
          .isEqualTo(key + ":NOT_ACKNOWLEDGED:contact-" + contactId(admin, email) + ":email");
      MimeMultipart parts = (MimeMultipart) message.getContent();
      assertThat(parts.getContentType()).startsWith("multipart/alternative");
      String text = GreenMailUtil.getBody(parts.getBodyPart(0));
      String html = (String) parts.getBodyPart(1).getContent();
      assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
      assertThat(text).contains("Payments <b>down</b>").contains("within 15 minutes");
      assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
      assertThat(html)
          .contains("Payments &lt;b&gt;down&lt;/b&gt;")
          .doesNotContain("<b>down")
          .contains("href=\"http://localhost:8080/incident.xhtml?key&#61;" + key + "\"");

      List<HookReceiver.Received> chats = chatsFor(receiver, handle);
      assertThat(chats).hasSize(1);
      JsonObject chat = Json.createReader(new StringReader(chats.get(0).body())).readObject();
      assertThat(chat.getString("text"))
          .startsWith(handle + " *[P0] " + key + " Payments &lt;b&gt;down&lt;/b&gt;")
          .contains("within 15 minutes");

      List<HookReceiver.Received> hooks = hooksFor(receiver, key, "NOT_ACKNOWLEDGED");
      assertThat(hooks).hasSize(1);
      HookReceiver.Received hook = hooks.get(0);
      String timestamp = hook.header("X-Hindsight-Timestamp");
      assertThat(Long.parseLong(timestamp))
          .isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(180L));
      assertThat(
              WebhookSignature.matches(
                  SECRET,
                  (timestamp + "." + hook.body()).getBytes(StandardCharsets.UTF_8),
                  hook.header("X-Hindsight-Signature")))
          .isTrue();
      assertThat(
              WebhookSignature.matches(
                  "another secret of enough length",
                  (timestamp + "." + hook.body()).getBytes(StandardCharsets.UTF_8),
                  hook.header("X-Hindsight-Signature")))
          .isFalse();
      assertThat(hook.header("X-Hindsight-Delivery")).isEqualTo(key + ":NOT_ACKNOWLEDGED:webhook");
      JsonObject payload = Json.createReader(new StringReader(hook.body())).readObject();
      assertThat(payload.getString("kind")).isEqualTo("escalation");
      assertThat(payload.getJsonObject("subject").getString("ref")).isEqualTo(key);

      JsonArray states =
          api.as("responder")
              .get("api/v1/incidents/" + key + "/notifications")
              .jsonValue()
              .asJsonArray();
      assertThat(
              states.stream()
                  .map(JsonValue::asJsonObject)
                  .filter(n -> n.getString("recipient").equals(email))
                  .map(n -> n.getString("state")))
          .containsExactly("sent");
      JsonObject incident = api.as("responder").get("api/v1/incidents/" + key).json();
      JsonObject step =
          incident.getJsonArray("escalation").stream()
              .map(JsonValue::asJsonObject)
              .filter(e -> e.getString("rule").equals("NOT_ACKNOWLEDGED"))
              .findFirst()
              .orElseThrow();
      assertThat(step.getJsonArray("messages").toString())
          .contains("\"recipient\":\"" + email + "\",\"state\":\"sent\"")
          .contains("\"recipient\":\"" + handle + "\",\"state\":\"sent\"");

      String metrics = new ApiClient(base).get("metrics").body();
      assertThat(metrics)
          .containsPattern(
              "hindsight_notification_attempts_total\\{[^}]*channel=\"email\"[^}]*kind=\"escalation\"[^}]*outcome=\"sent\"")
          .containsPattern(
              "hindsight_notification_delivery_latency_seconds_count\\{[^}]*channel=\"chat\"")
          .containsPattern(
              "hindsight_notification_messages\\{[^}]*kind=\"escalation\"[^}]*state=\"sent\"[^}]*} [1-9]")
          .contains("hindsight_notification_oldest_pending_age_seconds");
    }
  }

  @Test
  void aChatWebhookAnswering500IsRetriedThenDeadAndAnAdminRetriesItFromTheLog() {
    IncidentApi api = new IncidentApi(base);
    ApiClient admin = api.as("admin");
    String handle = "@primary" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(
            admin
                .post(
                    "api/v1/escalation-contacts",
                    "{\"name\":\"Pat Primary\",\"role\":\"PRIMARY_ON_CALL\",\"chatHandle\":\""
                        + handle
                        + "\"}")
                .status())
        .isEqualTo(201);
    try (HookReceiver receiver = new HookReceiver().answer(500)) {
      assertThat(
              admin
                  .put(
                      "api/v1/notification-channels/escalation",
                      "{\"chatUrl\":\"" + receiver.url("/chat") + "\"}")
                  .status())
          .isEqualTo(200);
      String key = api.declare("responder", "P1", "degradation", "Search slow").getString("key");

      String log = "api/v1/notifications?kind=escalation&recipient=" + handle.replace("@", "%40");
      ScheduledNotices.drain(admin);
      assertThat(admin.get(log + "&state=failed").json().getInt("total")).isEqualTo(1);
      for (int attempt = 2; attempt <= 3; attempt++) {
        assertThat(retryDueNow(handle)).isEqualTo(1);
        ScheduledNotices.drain(admin);
      }
      assertThat(admin.get(log + "&state=dead").json().getInt("total")).isEqualTo(1);
      assertThat(retryDueNow(handle)).isZero();
      ScheduledNotices.drain(admin);
      JsonObject dead = admin.get(log).json().getJsonArray("items").getJsonObject(0);
      assertThat(dead.getInt("attempts")).isEqualTo(3);
      assertThat(dead.getString("lastError")).contains("HTTP 500");
      assertThat(dead.getString("subject")).isEqualTo("incident:" + key);
      assertThat(chatsFor(receiver, handle)).hasSize(3);
      long id = dead.getJsonNumber("id").longValue();
      assertThat(admin.get("api/v1/notifications/" + id).json().getString("state"))
          .isEqualTo("dead");

      receiver.answer(200);
      ApiClient.Reply retried = admin.post("api/v1/notifications/" + id + "/retry", "");
      assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
      assertThat(retried.json().getString("state")).isEqualTo("queued");
      ScheduledNotices.drain(admin);
      assertThat(admin.get("api/v1/notifications/" + id).json().getString("state"))
          .isEqualTo("sent");
      assertThat(chatsFor(receiver, handle)).hasSize(4);

      assertProblem(admin.post("api/v1/notifications/" + id + "/retry", ""), 409);
      assertProblem(admin.post("api/v1/notifications/" + id + "/discard", ""), 409);
    }
  }

  @Test
  void badInputIsRefusedWithProblemDetailsAndNothingStored() {
    IncidentApi api = new IncidentApi(base);
    ApiClient admin = api.as("admin");
    String channels = "api/v1/notification-channels/escalation";
    for (String body :
        new String[] {
          "{\"chatUrl\":\"file:///etc/passwd\"}",
          "{\"chatUrl\":\"javascript:alert(1)\"}",
          "{\"chatUrl\":\"" + base + "api/v1/incidents\"}",
          "{\"webhookUrl\":\"https://hooks.example.com/x\"}",
          "{\"webhookUrl\":\"https://hooks.example.com/x\",\"webhookSecret\":\"short\"}",
        }) {
      ApiClient.Reply refused = admin.put(channels, body);
      assertProblem(refused, 400);
    }
    assertThat(admin.put(channels, "{\"chatUrl\":\"" + base + "x\"}").body()).contains("itself");
    JsonObject unchanged = admin.get(channels).json();
    assertThat(unchanged.containsKey("chatUrl")).as(unchanged.toString()).isFalse();
    assertThat(unchanged.containsKey("webhookUrl")).as(unchanged.toString()).isFalse();
    assertThat(unchanged.getBoolean("webhookSecretSet")).isFalse();
    assertProblem(admin.put("api/v1/notification-channels/carrier-pigeon", "{}"), 400);
    assertProblem(admin.put(channels, "not json"), 400);
    assertProblem(admin.put(channels, "{\"chatUrl\":42}"), 400);

    assertProblem(admin.get("api/v1/notifications?state=lost"), 400);
    assertProblem(admin.get("api/v1/notifications?kind=nope"), 400);
    assertProblem(admin.get("api/v1/notifications?colour=red"), 400);
    assertProblem(admin.get("api/v1/notifications?limit=0"), 400);
    assertProblem(admin.get("api/v1/notifications/abc"), 400);
    assertProblem(admin.get("api/v1/notifications/999999999"), 404);
    assertProblem(admin.post("api/v1/notifications/999999999/retry", ""), 404);
    assertProblem(admin.post("api/v1/notifications/0/discard", ""), 400);

    ApiClient responder = api.as("responder");
    assertProblem(responder.get("api/v1/notifications"), 403);
    assertProblem(responder.put(channels, "{}"), 403);
    assertProblem(new ApiClient(base).get("api/v1/notifications"), 401);
  }

  private static long contactId(ApiClient admin, String email) {
    return admin.get("api/v1/escalation-contacts").jsonValue().asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> email.equals(c.getString("email", null)))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static List<MimeMessage> mailsTo(String address) {
    return TestSmtp.to(address);
  }

  private static List<HookReceiver.Received> chatsFor(HookReceiver receiver, String handle) {
    return receiver.received().stream()
        .filter(r -> r.path().equals("/chat") && r.body().contains(handle + " "))
        .toList();
  }

  private static List<HookReceiver.Received> hooksFor(
      HookReceiver receiver, String key, String rule) {
    return receiver.received().stream()
        .filter(
            r ->
                r.path().equals("/hook")
                    && (key + ":" + rule + ":webhook").equals(r.header("X-Hindsight-Delivery")))
        .toList();
  }

  /** Moves a failed message's next attempt to now, as the clock would; returns the rows moved. */
  private static int retryDueNow(String recipient) {
    return TestDatabase.update(
        "update notification_message set next_attempt_at = ? where recipient = ? and state ="
            + " 'FAILED'",
        Timestamp.from(Instant.now().minusSeconds(1)),
        recipient);
  }
}
