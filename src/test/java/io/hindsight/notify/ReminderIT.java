package io.hindsight.notify;

import static io.hindsight.incident.IncidentApi.ago;
import static io.hindsight.incident.IncidentApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.incident.IncidentApi;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.HookReceiver;
import io.hindsight.testing.SuiteDeployment;
import io.hindsight.testing.TestDatabase;
import io.hindsight.testing.TestSmtp;
import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URL;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reminders computed from the clock by the minute sweep, delivered to GreenMail: post-mortem
 * notices to its authors and the P0/P1 status-update cadence to the commander. Time passes by
 * moving stored deadlines, as the other integration tests do, or the clock of a sweep; the sweep
 * and the worker run when the test says ({@link ScheduledNotices}), so nothing waits.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReminderIT {

  private final URL base = SuiteDeployment.base();

  @BeforeAll
  static void smtp() {
    TestSmtp.server();
  }

  @AfterEach
  void forgetTheAddress() {
    assertThat(
            new IncidentApi(base)
                .as("responder")
                .put("api/v1/me/email", "{\"email\":\"\"}")
                .status())
        .isEqualTo(200);
  }

  private String responderEmail(IncidentApi api) {
    assertThat(
            api.as("responder")
                .put(
                    "api/v1/me/notification-preferences",
                    "{\"postmortem_created\":\"immediately\"}")
                .json()
                .getJsonObject("postmortem_created")
                .getString("email"))
        .isEqualTo("immediately");
    String email = "responder-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    ApiClient.Reply set =
        api.as("responder").put("api/v1/me/email", "{\"email\":\"" + email + "\"}");
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    assertThat(set.json().getString("email")).isEqualTo(email);
    return email;
  }

  @Test
  void aResolvedP1sAuthorsAreToldItExistsAndReminded24HoursBeforeItIsDue() throws Exception {
    IncidentApi api = new IncidentApi(base);
    String email = responderEmail(api);
    String title = "Login errors " + UUID.randomUUID();
    String postmortem = resolvedP1(api, title);

    ScheduledNotices.sweep(api.as("admin"));
    TestSmtp.awaitSubject(email, "[" + postmortem + "] Post-mortem to write: " + title);
    assertThat(subjects(email))
        .noneMatch(s -> s.startsWith("[" + postmortem + "] Post-mortem due"));

    assertThat(
            TestDatabase.update(
                "update postmortem set due_at = ? where postmortem_key = ?",
                Timestamp.from(Instant.now().plus(Duration.ofHours(23))),
                postmortem))
        .isEqualTo(1);
    String reminder = "[" + postmortem + "] Post-mortem due in 24 hours: " + title;
    ScheduledNotices.sweep(api.as("admin"));
    TestSmtp.awaitSubject(email, reminder);
    // Another sweep, a minute later: nothing new.
    ScheduledNotices.sweepAt(api.as("admin"), Instant.now().plusSeconds(60));
    List<String> subjects = subjects(email);
    assertThat(subjects.stream().filter(reminder::equals)).hasSize(1);
    assertThat(
            subjects.stream()
                .filter(s -> s.startsWith("[" + postmortem + "] Post-mortem to write")))
        .hasSize(1);
    MimeMessage mail =
        TestSmtp.to(email).stream()
            .filter(m -> TestSmtp.subject(m).equals(reminder))
            .findFirst()
            .orElseThrow();
    assertThat(mail.getHeader("X-Hindsight-Delivery")[0])
        .isEqualTo(postmortem + ":due-soon:user-responder:email");

    ApiClient.Reply log =
        api.as("admin").get("api/v1/notifications?kind=postmortem_due_soon&recipient=" + email);
    assertThat(log.json().getInt("total")).as(log.toString()).isEqualTo(1);
    assertThat(log.json().getJsonArray("items").getJsonObject(0).getString("state"))
        .isEqualTo("sent");
  }

  @Test
  void anOverduePostmortemIsLookedAtAgainWhenItsNextReminderStarts() throws Exception {
    IncidentApi api = new IncidentApi(base);
    String email = responderEmail(api);
    String title = "Queue backlog " + UUID.randomUUID();
    String postmortem = resolvedP1(api, title);
    // Opened three days ago, due an hour ago: past its first day, due now.
    Instant due = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
    assertThat(
            TestDatabase.update(
                "update postmortem set due_at = ?, created_at = ? where postmortem_key = ?",
                Timestamp.from(due),
                Timestamp.from(due.minus(Duration.ofDays(2))),
                postmortem))
        .isEqualTo(1);

    ScheduledNotices.sweep(api.as("admin"));
    TestSmtp.awaitSubject(email, "[" + postmortem + "] Post-mortem due now: " + title);
    Instant next = Instant.parse(nextLook(postmortem));
    assertThat(next).isEqualTo(due.plus(Duration.ofDays(1)));

    String overdue = "[" + postmortem + "] Post-mortem overdue: " + title;
    ScheduledNotices.sweepAt(api.as("admin"), next.minusSeconds(60));
    assertThat(subjects(email)).doesNotContain(overdue);
    ScheduledNotices.sweepAt(api.as("admin"), next);
    TestSmtp.awaitSubject(email, overdue);
    assertThat(Instant.parse(nextLook(postmortem))).isEqualTo(due.plus(Duration.ofDays(2)));
  }

  /**
   * Declares a P1 that the responder commands, 40 minutes old, and resolves it; returns the key of
   * the post-mortem its resolution opened.
   */
  private static String resolvedP1(IncidentApi api, String title) {
    String key =
        api.declare(
                "responder",
                "{\"title\":\""
                    + title
                    + "\",\"severity\":\"P1\",\"category\":\"outage\",\"startedAt\":\""
                    + ago(Duration.ofMinutes(40))
                    + "\",\"commander\":\"responder\"}")
            .getString("key");
    ApiClient.Reply resolved =
        api.as("responder").post("api/v1/incidents/" + key + "/resolve", "{}");
    assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
    return "PM-" + key.substring("INC-".length());
  }

  /** When the sweep next looks at a post-mortem, as an ISO instant. */
  private static String nextLook(String postmortem) {
    return TestDatabase.query(
        "select n.next_at from postmortem_notice n join postmortem p on p.id = n.postmortem_id"
            + " where p.postmortem_key = '"
            + postmortem
            + "'",
        rows -> {
          assertThat(rows.next()).as("a next look at " + postmortem).isTrue();
          return rows.getTimestamp(1).toInstant().toString();
        });
  }

  @Test
  void theCommanderOfAP0IsToldOncePerDueStatusUpdate() {
    IncidentApi api = new IncidentApi(base);
    String email = responderEmail(api);
    String key =
        api.declare(
                "responder",
                "{\"title\":\"Database corruption "
                    + UUID.randomUUID()
                    + "\",\"severity\":\"P0\",\"category\":\"data\",\"startedAt\":\""
                    + ago(Duration.ofMinutes(50))
                    + "\",\"commander\":\"responder\"}")
            .getString("key");
    JsonDue due = JsonDue.of(api.as("responder").get("api/v1/incidents/" + key).json());
    assertThat(due.at()).isNotNull();

    Instant declared = Instant.now().minus(Duration.ofMinutes(45));
    TestDatabase.update(
        "update incident set declared_at = ?, detected_at = ? where incident_key = ?",
        Timestamp.from(declared),
        Timestamp.from(declared),
        key);
    String subject = "[P0] " + key + " status update due";
    ScheduledNotices.sweep(api.as("admin"));
    TestSmtp.awaitSubject(email, subject);
    ScheduledNotices.sweep(api.as("admin"));
    assertThat(subjects(email).stream().filter(subject::equals)).hasSize(1);

    ApiClient.Reply posted =
        api.as("responder")
            .post(
                "api/v1/incidents/" + key + "/timeline",
                "{\"kind\":\"status_update\",\"text\":\"Restoring from backup\"}");
    assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
    JsonDue next = JsonDue.of(api.as("responder").get("api/v1/incidents/" + key).json());
    assertThat(next.at()).isAfter(Instant.now().plus(Duration.ofMinutes(25)));
  }

  @Test
  void badEmailAddressesAreRefusedAndNothingIsStored() {
    IncidentApi api = new IncidentApi(base);
    ApiClient responder = api.as("responder");
    String email = responderEmail(api);
    for (String body :
        new String[] {
          "{\"email\":\"not-an-address\"}",
          "{\"email\":\"a@b@example.com\"}",
          "{\"email\":\"jane@example.com\\r\\nBcc: x@example.com\"}",
          "{\"email\":\"Jane <jane@example.com>\"}",
          "{\"email\":42}",
          "[]",
          "not json"
        }) {
      assertProblem(responder.put("api/v1/me/email", body), 400);
    }
    assertThat(responder.get("api/v1/me").json().getString("email")).isEqualTo(email);

    ApiClient admin = api.as("admin");
    assertProblem(
        admin.put("api/v1/users/nobody-here/email", "{\"email\":\"x@example.com\"}"), 404);
    assertProblem(admin.put("api/v1/users/responder/email", "{\"email\":\"x@\"}"), 400);
    assertProblem(responder.put("api/v1/users/viewer/email", "{\"email\":\"x@example.com\"}"), 403);
    ApiClient.Reply changed =
        admin.put("api/v1/users/viewer/email", "{\"email\":\"Viewer@Example.com\"}");
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().getString("email")).isEqualTo("Viewer@Example.com");
    assertThat(admin.put("api/v1/users/viewer/email", "{\"email\":null}").status()).isEqualTo(200);
    assertThat(admin.get("api/v1/users/viewer").json().containsKey("email")).isFalse();
  }

  @Test
  void aKindTurnedOffIsNotSentWhileTheOthersAre() throws Exception {
    IncidentApi api = new IncidentApi(base);
    ApiClient responder = api.as("responder");
    String email = responderEmail(api);
    ApiClient.Reply off =
        responder.put("api/v1/me/notification-preferences", "{\"postmortem_created\":\"off\"}");
    assertThat(off.status()).as(off.toString()).isEqualTo(200);
    assertThat(off.json().getJsonObject("postmortem_created").getString("email")).isEqualTo("off");
    assertThat(off.json().getJsonObject("postmortem_due_soon").getString("email"))
        .isEqualTo("immediately");
    assertThat(off.json().getJsonObject("escalation").getString("email")).isEqualTo("immediately");

    String title = "Cache stampede " + UUID.randomUUID();
    String key =
        api.declare(
                "responder",
                "{\"title\":\""
                    + title
                    + "\",\"severity\":\"P1\",\"category\":\"degradation\",\"startedAt\":\""
                    + ago(Duration.ofMinutes(40))
                    + "\",\"commander\":\"responder\"}")
            .getString("key");
    assertThat(responder.post("api/v1/incidents/" + key + "/resolve", "{}").status())
        .isEqualTo(200);
    String postmortem = "PM-" + key.substring("INC-".length());
    TestDatabase.update(
        "update postmortem set due_at = ? where postmortem_key = ?",
        Timestamp.from(Instant.now().plus(Duration.ofHours(20))),
        postmortem);
    ScheduledNotices.sweep(api.as("admin"));
    TestSmtp.awaitSubject(email, "[" + postmortem + "] Post-mortem due in 24 hours: " + title);
    assertThat(subjects(email))
        .noneMatch(s -> s.startsWith("[" + postmortem + "] Post-mortem to write"));
  }

  @Test
  void anActionItemOwnerIsToldOfTheAssignmentAndThatItIsDueIn3Days() throws Exception {
    IncidentApi api = new IncidentApi(base);
    ApiClient responder = api.as("responder");
    String email = responderEmail(api);
    String key =
        api.declare(
                "responder",
                "{\"title\":\"Disk full "
                    + UUID.randomUUID()
                    + "\",\"severity\":\"P1\",\"category\":\"outage\",\"startedAt\":\""
                    + ago(Duration.ofMinutes(40))
                    + "\",\"commander\":\"responder\"}")
            .getString("key");
    assertThat(responder.post("api/v1/incidents/" + key + "/resolve", "{}").status())
        .isEqualTo(200);
    String title = "Alert at 80 percent disk " + UUID.randomUUID().toString().substring(0, 8);
    ApiClient.Reply created =
        responder.post(
            "api/v1/action-items",
            "{\"postmortem\":\"PM-"
                + key.substring("INC-".length())
                + "\",\"title\":\""
                + title
                + "\",\"kind\":\"detect\",\"priority\":\"high\",\"owner\":\"responder\","
                + "\"dueDate\":\""
                + java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(2)
                + "\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);

    ScheduledNotices.sweep(api.as("admin"));
    TestSmtp.awaitSubject(email, "Action item for you: " + title);
    TestSmtp.awaitSubject(email, "Action item due in 3 days: " + title);
    ScheduledNotices.sweepAt(api.as("admin"), Instant.now().plusSeconds(60));
    assertThat(subjects(email).stream().filter(s -> s.endsWith(title))).hasSize(2);

    // The next reminder, the first "overdue", when it starts: 09:00 the day after the due date.
    java.time.LocalDate due = java.time.LocalDate.parse(created.json().getString("dueDate"));
    Instant overdue = due.plusDays(1).atTime(9, 0).toInstant(java.time.ZoneOffset.UTC);
    ScheduledNotices.sweepAt(api.as("admin"), overdue.minusSeconds(60));
    assertThat(subjects(email).stream().filter(s -> s.endsWith(title))).hasSize(2);
    ScheduledNotices.sweepAt(api.as("admin"), overdue);
    TestSmtp.awaitSubject(email, "Action item overdue: " + title);

    // Given to another owner, a new version of the item: the next sweep tells the new owner.
    String reviewerEmail = "reviewer-" + UUID.randomUUID().toString().substring(0, 8) + "@x.org";
    assertThat(
            api.as("reviewer")
                .put("api/v1/me/email", "{\"email\":\"" + reviewerEmail + "\"}")
                .status())
        .isEqualTo(200);
    ApiClient.Reply moved =
        responder.put(
            "api/v1/action-items/" + created.json().getJsonNumber("id"),
            "{\"version\":"
                + created.json().getJsonNumber("version")
                + ",\"title\":\""
                + title
                + "\",\"priority\":\"high\",\"owner\":\"reviewer\",\"dueDate\":\""
                + due
                + "\",\"status\":\"open\"}");
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    ScheduledNotices.sweepAt(api.as("admin"), overdue.plusSeconds(60));
    TestSmtp.awaitSubject(reviewerEmail, "Action item for you: " + title);
  }

  @Test
  void aDigestReaderGetsTheDaysNoticesInOneMailAndChatMentionsFollowThePreferences()
      throws Exception {
    IncidentApi api = new IncidentApi(base);
    ApiClient responder = api.as("responder");
    ApiClient admin = api.as("admin");
    String email = responderEmail(api);
    try (HookReceiver chat = new HookReceiver()) {
      for (String kind : new String[] {"postmortem_created", "postmortem_due_soon"}) {
        assertThat(
                admin
                    .put(
                        "api/v1/notification-channels/" + kind,
                        "{\"chatUrl\":\"" + chat.url("/" + kind) + "\"}")
                    .status())
            .isEqualTo(200);
      }
      ApiClient.Reply digest =
          responder.put(
              "api/v1/me/notification-preferences", "{\"postmortem_created\":\"digest\"}");
      assertThat(digest.status()).as(digest.toString()).isEqualTo(200);
      assertThat(digest.json().getJsonObject("postmortem_created").getString("email"))
          .isEqualTo("digest");

      String title = "Queue backlog " + UUID.randomUUID();
      String key =
          api.declare(
                  "responder",
                  "{\"title\":\""
                      + title
                      + "\",\"severity\":\"P1\",\"category\":\"degradation\",\"startedAt\":\""
                      + ago(Duration.ofMinutes(40))
                      + "\",\"commander\":\"responder\"}")
              .getString("key");
      assertThat(responder.post("api/v1/incidents/" + key + "/resolve", "{}").status())
          .isEqualTo(200);
      String postmortem = "PM-" + key.substring("INC-".length());
      TestDatabase.update(
          "update postmortem set due_at = ? where postmortem_key = ?",
          Timestamp.from(Instant.now().plus(Duration.ofHours(20))),
          postmortem);
      ScheduledNotices.sweep(admin);

      // Due soon is immediate: by email and a chat mention. Created waits for the digest.
      String dueSoon = "[" + postmortem + "] Post-mortem due in 24 hours: " + title;
      TestSmtp.awaitSubject(email, dueSoon);
      assertThat(subjects(email)).noneMatch(s -> s.contains("Post-mortem to write"));
      assertThat(mentions(chat, "/postmortem_due_soon", title)).hasSize(1);
      assertThat(mentions(chat, "/postmortem_created", title)).isEmpty();
      String held = "api/v1/notifications?kind=postmortem_created&recipient=" + email;
      assertThat(admin.get(held + "&state=held").json().getInt("total")).isEqualTo(1);

      // The day ends: one digest with the held notice, however often the sweep runs.
      TestDatabase.update(
          "update notification_message set created_at = ? where recipient = ? and state = 'HELD'",
          Timestamp.from(Instant.now().minus(Duration.ofDays(1))),
          email);
      ScheduledNotices.sweep(admin);
      ScheduledNotices.sweep(admin);
      List<MimeMessage> digests =
          TestSmtp.await(
              email,
              mails ->
                  mails.stream()
                      .anyMatch(m -> TestSmtp.subject(m).startsWith("Hindsight digest for ")));
      List<MimeMessage> digestMails =
          digests.stream()
              .filter(m -> TestSmtp.subject(m).startsWith("Hindsight digest for "))
              .toList();
      assertThat(digestMails).hasSize(1);
      assertThat(TestSmtp.subject(digestMails.get(0))).endsWith(": 1 notification");
      MimeMultipart parts = (MimeMultipart) digestMails.get(0).getContent();
      assertThat((String) parts.getBodyPart(0).getContent())
          .contains("Post-mortem to write: " + title);
      assertThat(admin.get(held + "&state=digested").json().getInt("total")).isEqualTo(1);
      assertThat(subjects(email)).noneMatch(s -> s.contains("Post-mortem to write"));
      assertThat(mentions(chat, "/postmortem_due_soon", title)).hasSize(1);
    } finally {
      responder.put(
          "api/v1/me/notification-preferences", "{\"postmortem_created\":\"immediately\"}");
      admin.put("api/v1/notification-channels/postmortem_created", "{}");
      admin.put("api/v1/notification-channels/postmortem_due_soon", "{}");
    }
  }

  @Test
  void eachChannelFollowsItsOwnChoice() throws Exception {
    IncidentApi api = new IncidentApi(base);
    ApiClient responder = api.as("responder");
    ApiClient admin = api.as("admin");
    String email = responderEmail(api);
    try (HookReceiver chat = new HookReceiver()) {
      for (String kind : new String[] {"postmortem_created", "postmortem_due_soon"}) {
        assertThat(
                admin
                    .put(
                        "api/v1/notification-channels/" + kind,
                        "{\"chatUrl\":\"" + chat.url("/" + kind) + "\"}")
                    .status())
            .isEqualTo(200);
      }
      ApiClient.Reply chosen =
          responder.put(
              "api/v1/me/notification-preferences",
              "{\"postmortem_created\":{\"email\":\"off\",\"chat\":\"immediately\"},"
                  + "\"postmortem_due_soon\":{\"chat\":\"off\"}}");
      assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
      assertThat(chosen.json().getJsonObject("postmortem_created").getString("email"))
          .isEqualTo("off");
      assertThat(chosen.json().getJsonObject("postmortem_due_soon").getString("email"))
          .as("a channel not named stays as it was")
          .isEqualTo("immediately");
      assertThat(chosen.json().getJsonObject("postmortem_due_soon").getString("chat"))
          .isEqualTo("off");

      String title = "Stale cache " + UUID.randomUUID();
      String key =
          api.declare(
                  "responder",
                  "{\"title\":\""
                      + title
                      + "\",\"severity\":\"P1\",\"category\":\"degradation\",\"startedAt\":\""
                      + ago(Duration.ofMinutes(40))
                      + "\",\"commander\":\"responder\"}")
              .getString("key");
      assertThat(responder.post("api/v1/incidents/" + key + "/resolve", "{}").status())
          .isEqualTo(200);
      String postmortem = "PM-" + key.substring("INC-".length());
      TestDatabase.update(
          "update postmortem set due_at = ? where postmortem_key = ?",
          Timestamp.from(Instant.now().plus(Duration.ofHours(20))),
          postmortem);
      ScheduledNotices.sweep(admin);

      // Created: a chat mention and no email. Due soon: an email and no chat mention.
      TestSmtp.awaitSubject(email, "[" + postmortem + "] Post-mortem due in 24 hours: " + title);
      assertThat(subjects(email)).noneMatch(s -> s.contains("Post-mortem to write: " + title));
      assertThat(mentions(chat, "/postmortem_created", title)).hasSize(1);
      assertThat(mentions(chat, "/postmortem_due_soon", title)).isEmpty();
      assertThat(
              admin
                  .get("api/v1/notifications?kind=postmortem_created&recipient=" + email)
                  .json()
                  .getInt("total"))
          .isZero();
    } finally {
      responder.put(
          "api/v1/me/notification-preferences",
          "{\"postmortem_created\":\"immediately\",\"postmortem_due_soon\":\"immediately\"}");
      admin.put("api/v1/notification-channels/postmortem_created", "{}");
      admin.put("api/v1/notification-channels/postmortem_due_soon", "{}");
    }
  }

  private static List<HookReceiver.Received> mentions(
      HookReceiver chat, String path, String title) {
    return chat.received().stream()
        .filter(
            r ->
                r.path().equals(path)
                    && r.body().startsWith("{\"text\":\"@responder ")
                    && r.body().contains(title))
        .toList();
  }

  @Test
  void badPreferencesAreRefusedAndNothingIsStored() {
    ApiClient responder = new IncidentApi(base).as("responder");
    String path = "api/v1/me/notification-preferences";
    for (String body :
        new String[] {
          "{\"escalation\":\"off\"}",
          "{\"status_update_due\":\"off\"}",
          "{\"carrier_pigeon\":\"off\"}",
          "{\"channel_test\":\"off\"}",
          "{\"postmortem_due\":\"daily\"}",
          "{\"postmortem_due\":false}",
          "{\"postmortem_due\":\"off\",\"escalation\":\"off\"}",
          "{\"postmortem_due\":{\"chat\":\"digest\"}}",
          "{\"postmortem_due\":{\"email\":\"off\",\"chat\":\"digest\"}}",
          "{\"postmortem_due\":{\"sms\":\"off\"}}",
          "{\"postmortem_due\":{\"email\":1}}",
          "{\"postmortem_due\":{\"*\":\"off\"}}",
          "{\"postmortem_due\":{}}",
          "{\"postmortem_due\":[\"off\"]}",
          "{\"escalation\":{\"chat\":\"off\"}}",
          "[]",
          "\"off\"",
          "not json"
        }) {
      assertProblem(responder.put(path, body), 400);
    }
    assertThat(responder.put(path, "{\"escalation\":\"off\"}").body())
        .contains("escalation")
        .contains("cannot be turned off");
    assertThat(responder.put(path, "{\"postmortem_due\":{\"chat\":\"digest\"}}").body())
        .contains("postmortem_due.chat")
        .contains("a digest is an email");
    assertThat(responder.get(path).json().getJsonObject("postmortem_due"))
        .isEqualTo(
            Json.createObjectBuilder()
                .add("email", "immediately")
                .add("chat", "immediately")
                .build());
    assertProblem(new ApiClient(base).get(path), 401);
  }

  private static List<String> subjects(String email) {
    return TestSmtp.to(email).stream().map(TestSmtp::subject).toList();
  }

  /** The status update due time an incident shows. */
  private record JsonDue(Instant at) {
    static JsonDue of(jakarta.json.JsonObject incident) {
      String at = incident.getJsonObject("sla").getString("statusUpdateDueAt", null);
      return new JsonDue(at == null ? null : Instant.parse(at));
    }
  }
}
