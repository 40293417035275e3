package io.hindsight.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.incident.IncidentApi;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.SuiteDeployment;
import io.hindsight.testing.TestDatabase;
import io.hindsight.testing.TestSmtp;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Delivery when things go wrong: the mail server down and then up again, a worker that died after
 * sending and before recording, and (on PostgreSQL) two workers claiming at the same moment.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeliveryFaultsIT {

  private static final String KIND = "postmortem_approved";

  private final URL base = SuiteDeployment.base();

  private ApiClient admin;
  private String email;

  @BeforeEach
  void anAddressAndNoOtherReceivers() {
    TestSmtp.server();
    admin = new IncidentApi(base).as("admin");
    email = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    assertThat(admin.put("api/v1/notification-channels/" + KIND, "{}").status()).isEqualTo(200);
    assertThat(admin.put("api/v1/me/email", "{\"email\":\"" + email + "\"}").status())
        .isEqualTo(200);
  }

  @AfterEach
  void forgetTheAddress() {
    admin.put("api/v1/me/email", "{\"email\":\"\"}");
  }

  private long queueTestMail() {
    ApiClient.Reply queued = admin.post("api/v1/notification-channels/" + KIND + "/test", "");
    assertThat(queued.status()).as(queued.toString()).isEqualTo(200);
    JsonArray messages = queued.jsonValue().asJsonArray();
    assertThat(messages).hasSize(1);
    JsonObject message = messages.getJsonObject(0);
    assertThat(message.getString("channel")).isEqualTo("email");
    // The commit of the queueing wakes the worker, which may have taken it before the answer.
    assertThat(message.getString("state")).isIn("queued", "sending", "sent", "failed");
    return message.getJsonNumber("id").longValue();
  }

  private JsonObject message(long id) {
    return admin.get("api/v1/notifications/" + id).json();
  }

  @Test
  void mailQueuedWhileTheMailServerIsDownArrivesOnceWhenItIsBack() {
    long id;
    TestSmtp.down();
    try {
      id = queueTestMail();
      ScheduledNotices.drain(admin);
      JsonObject failed = message(id);
      assertThat(failed.getString("state")).isEqualTo("failed");
      assertThat(failed.getInt("attempts")).isEqualTo(1);
      assertThat(failed.getString("lastError")).startsWith("mail not sent");
    } finally {
      TestSmtp.up();
    }
    assertThat(TestSmtp.to(email)).isEmpty();
    assertThat(
            TestDatabase.update(
                "update notification_message set next_attempt_at = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)),
                id))
        .isEqualTo(1);

    ScheduledNotices.drain(admin);
    ScheduledNotices.drain(admin);

    List<MimeMessage> mails = TestSmtp.await(email, m -> !m.isEmpty());
    JsonObject sent = message(id);
    assertThat(sent.getString("state")).isEqualTo("sent");
    assertThat(sent.getInt("attempts")).isEqualTo(2);
    assertThat(mails).hasSize(1);
    assertThat(TestSmtp.to(email)).hasSize(1);
  }

  @Test
  void aMessageLeftSendingByAWorkerThatDiedIsSentOnceMoreAfterTheLeaseWithTheSameKey()
      throws Exception {
    long id = queueTestMail();
    ScheduledNotices.drain(admin);
    MimeMessage first = TestSmtp.await(email, m -> !m.isEmpty()).get(0);
    assertThat(message(id).getString("state")).isEqualTo("sent");

    // The worker sent it and died before recording: the row still says sending.
    crashedWhileSending(id, Duration.ofMinutes(1));
    ScheduledNotices.drain(admin);
    assertThat(message(id).getString("state")).as("within the lease").isEqualTo("sending");
    assertThat(TestSmtp.to(email)).hasSize(1);

    crashedWhileSending(id, Duration.ofMinutes(6));
    ScheduledNotices.drain(admin);
    ScheduledNotices.drain(admin);
    List<MimeMessage> mails = TestSmtp.await(email, m -> m.size() >= 2);
    assertThat(mails).hasSize(2);
    JsonObject resent = message(id);
    assertThat(resent.getString("state")).isEqualTo("sent");
    assertThat(resent.getInt("attempts")).isEqualTo(2);
    MimeMessage repeat = mails.get(1);
    assertThat(repeat.getMessageID()).isEqualTo(first.getMessageID());
    assertThat(repeat.getHeader("X-Hindsight-Delivery"))
        .containsExactly(first.getHeader("X-Hindsight-Delivery"));
  }

  @Test
  void anAdminSealsAnSmtpPasswordForTheEnvironmentAndBadInputIsRefused() {
    ApiClient.Reply sealed =
        admin.post("api/v1/smtp-password/seal", "{\"password\":\"mail-pass-123\"}");
    assertThat(sealed.status()).as(sealed.toString()).isEqualTo(200);
    assertThat(sealed.json().getString("sealed")).startsWith("v1:").doesNotContain("mail-pass");
    assertThat(sealed.json().getString("variable")).isEqualTo("HINDSIGHT_SMTP_PASSWORD_SEALED");
    for (String body :
        new String[] {"{}", "{\"password\":\"\"}", "{\"password\":42}", "not json"}) {
      io.hindsight.incident.IncidentApi.assertProblem(
          admin.post("api/v1/smtp-password/seal", body), 400);
    }
    io.hindsight.incident.IncidentApi.assertProblem(
        new IncidentApi(base)
            .as("responder")
            .post("api/v1/smtp-password/seal", "{\"password\":\"x\"}"),
        403);
  }

  private static void crashedWhileSending(long id, Duration ago) {
    assertThat(
            TestDatabase.update(
                "update notification_message set state = 'SENDING', claimed_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(ago)),
                id))
        .isEqualTo(1);
  }

  @Test
  void twoWorkersClaimingAtOnceOnPostgresqlNeverShareAMessage() {
    Assumptions.assumeTrue(
        System.getProperty("it.db.url", "").startsWith("jdbc:postgresql:"),
        "FOR UPDATE SKIP LOCKED is PostgreSQL's; H2 serialises claims");
    String run = "race-" + UUID.randomUUID().toString().substring(0, 8);
    Instant later = Instant.now().plus(Duration.ofHours(1));
    assertThat(
            TestDatabase.update(
                "insert into notification_message (kind, channel, recipient, subject_type,"
                    + " subject_ref, title, body, idempotency_key, state, attempts,"
                    + " next_attempt_at, created_at, version)"
                    + " select 'CHANNEL_TEST', 'WEBHOOK', ?, 'CHANNEL', 'race', 'Race', 'Race',"
                    + " ? || g, 'PENDING', 0, ?, ?, 0 from generate_series(1, 200) g",
                run,
                run + "-",
                Timestamp.from(later),
                Timestamp.from(Instant.now())))
        .isEqualTo(200);
    Set<Long> raced = new HashSet<>();
    admin
        .get("api/v1/notifications?recipient=" + run + "&limit=200")
        .json()
        .getJsonArray("items")
        .forEach(i -> raced.add(i.asJsonObject().getJsonNumber("id").longValue()));
    assertThat(raced).hasSize(200);
    try {
      ApiClient.Reply race =
          admin.post(
              "api/it/notify/claim-race?at=" + later.plus(Duration.ofMinutes(1)) + "&batch=5", "");
      assertThat(race.status()).as(race.toString()).isEqualTo(200);
      JsonArray workers = race.jsonValue().asJsonArray();
      Set<Long> first = ids(workers.getJsonArray(0));
      Set<Long> second = ids(workers.getJsonArray(1));
      assertThat(first).doesNotContainAnyElementsOf(second);
      Set<Long> both = new HashSet<>(first);
      both.addAll(second);
      assertThat(both).containsAll(raced);
      assertThat(first.size() + second.size()).isEqualTo(both.size());
    } finally {
      TestDatabase.update(
          "update notification_message set state = 'DISCARDED' where recipient = ?", run);
    }
  }

  private static Set<Long> ids(JsonArray array) {
    Set<Long> ids = new HashSet<>();
    for (JsonValue value : array) {
      assertThat(ids.add(((jakarta.json.JsonNumber) value).longValue())).isTrue();
    }
    return ids;
  }
}
