package io.hindsight.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.incident.IncidentApi;
import io.hindsight.postmortem.PostmortemApi;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.BrowserSession;
import io.hindsight.testing.DemoUsers;
import io.hindsight.testing.FirstSync;
import io.hindsight.testing.TestDatabase;
import io.hindsight.testing.TestSmtp;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Two WildFly servers of the built distribution on one PostgreSQL database, each with its own data
 * directory, behind a sticky proxy: what one node did, the other shows; scheduled and delivered
 * work happens once; a node killed mid-delivery loses nothing. Run by the {@code two-nodes} profile
 * only (docs/operations.md), never in CI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesCheck {

  private static final Duration BOOT = Duration.ofMinutes(5);

  private final Path root = Path.of("target", "two-nodes").toAbsolutePath();
  private final Path remotes = root.resolve("remotes");
  private ClusterNode one;
  private ClusterNode two;
  private StickyProxy proxy;

  @BeforeAll
  void start() throws IOException {
    ClusterNode.delete(root);
    TestSmtp.server();
    Map<String, String> shared = new HashMap<>();
    shared.put("HINDSIGHT_DB_DRIVER", "postgresql");
    shared.put("HINDSIGHT_DB_URL", System.getProperty("it.db.url"));
    shared.put("HINDSIGHT_DB_USER", System.getProperty("it.db.user"));
    shared.put("HINDSIGHT_DB_PASSWORD", System.getProperty("it.db.password"));
    shared.put("HINDSIGHT_SECRET_KEY", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
    shared.put("HINDSIGHT_EVIDENCE_DIR", root.resolve("evidence").toString());
    shared.put("HINDSIGHT_SAMPLE_REPOSITORY_ENABLED", "false");
    shared.put("HINDSIGHT_ADMIN_PASSWORD", DemoUsers.passwordOf("admin"));
    shared.put("HINDSIGHT_DEMO", "true");
    shared.put("HINDSIGHT_SMTP_HOST", "127.0.0.1");
    shared.put("HINDSIGHT_SMTP_PORT", System.getProperty("it.smtp.port"));
    shared.put("HINDSIGHT_SMTP_USER", "hindsight-it");
    shared.put("HINDSIGHT_SMTP_PASSWORD", "it-smtp-password");
    shared.put("HINDSIGHT_NOTIFY_RETRY_BASE_SECONDS", "2");
    shared.put("HINDSIGHT_NOTIFY_RETRY_CAP_SECONDS", "4");
    shared.put("HINDSIGHT_NOTIFY_MAX_ATTEMPTS", "200");
    shared.put("HINDSIGHT_REMOTES_FILE_ROOTS", remotes.toString());
    shared.put("HINDSIGHT_HTTP_TRUSTED_PROXIES", "127.0.0.1");
    one = node("hindsight-1", 21100, shared);
    two = node("hindsight-2", 21200, shared);
    one.start();
    two.start();
    one.awaitReady(BOOT);
    two.awaitReady(BOOT);
    proxy = new StickyProxy(List.of(one, two));
  }

  private ClusterNode node(String name, int offset, Map<String, String> shared) {
    Map<String, String> environment = new HashMap<>(shared);
    environment.put("HINDSIGHT_DATA_DIR", root.resolve(name + "-data").toString());
    return new ClusterNode(name, offset, root.resolve(name), environment);
  }

  @AfterAll
  void stop() {
    if (proxy != null) {
      proxy.close();
    }
    if (one != null) {
      one.close();
    }
    if (two != null) {
      two.close();
    }
  }

  @Test
  @Order(1)
  void aRunbookSyncedOnNodeOneIsServedByNodeTwo() {
    String key = "two-nodes-" + UUID.randomUUID().toString().substring(0, 8);
    BareRemote remote = BareRemote.create(remotes.resolve(key + ".git"), "main");
    remote.commit(
        "Ana Lima", "Add a runbook", BareRemote.files("runbooks/disk.md", "# Disk\n\nFree it.\n"));
    ApiClient adminOne = ApiClient.signedIn(one.base(), "admin");
    ApiClient.Reply registered =
        adminOne.post(
            "api/v1/repositories",
            "{\"key\":\""
                + key
                + "\",\"name\":\"Runbooks\",\"url\":\""
                + remote.url()
                + "\",\"branch\":\"main\",\"folder\":\"runbooks\"}");
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    FirstSync.await(adminOne, key);

    ApiClient adminTwo = ApiClient.signedIn(two.base(), "admin");
    ApiClient.Reply onTwo = adminTwo.get("api/v1/runbooks/" + key + "/runbooks/disk.md");
    assertThat(onTwo.status()).as(onTwo.toString()).isEqualTo(200);
    assertThat(onTwo.json().getString("html")).contains("Free it.");
    BrowserSession browser =
        new BrowserSession(two.base()).signIn("viewer", DemoUsers.PASSWORD, "/");
    HttpResponse<String> page = browser.get("runbook.xhtml?repo=" + key + "&path=runbooks/disk.md");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Free it.");
  }

  @Test
  @Order(2)
  void aPostmortemWrittenOnNodeOneIsFoundBySearchOnNodeTwo() {
    String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    PostmortemApi onOne = new PostmortemApi(one.base());
    String key = onOne.draft("P1");
    onOne.save("responder", key, "root-causes", "The " + word + " cache evicted every session.");

    ApiClient.Reply found =
        ApiClient.signedIn(two.base(), "viewer").get("api/v1/search?kind=postmortem&q=" + word);
    assertThat(found.status()).as(found.toString()).isEqualTo(200);
    assertThat(
            found.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("id")))
        .containsExactly(key);
  }

  @Test
  @Order(3)
  void aSessionStaysOnItsNodeBehindTheProxy() {
    BrowserSession browser =
        new BrowserSession(proxy.base()).signIn("viewer", DemoUsers.PASSWORD, "/");
    Set<String> nodes = new HashSet<>();
    for (int i = 0; i < 6; i++) {
      HttpResponse<String> page = browser.get("runbooks.xhtml");
      assertThat(page.statusCode()).isEqualTo(200);
      nodes.add(page.headers().firstValue("X-Hindsight-Node").orElseThrow());
    }
    assertThat(nodes).hasSize(1);
  }

  @Test
  @Order(4)
  void anEscalationDueOnceIsMailedOnceWithBothNodesRunning() throws MessagingException {
    String email = contact("once");
    String key = dueEscalation(one, "Once");

    List<MimeMessage> mails = TestSmtp.await(email, received -> !received.isEmpty());
    awaitNextMinute();
    awaitNextMinute();
    mails = TestSmtp.to(email);
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getSubject()).contains(key);
  }

  @Test
  @Order(5)
  void killingANodeMidDeliveryLosesNothingAndDoublesNothing() throws MessagingException {
    String email = contact("kill");
    TestSmtp.down();
    int incidents = 12;
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < incidents; i++) {
      keys.add(dueEscalation(i % 2 == 0 ? one : two, "Kill " + i));
    }
    awaitNextMinute();
    awaitNextMinute();
    one.kill();
    TestSmtp.up();

    List<MimeMessage> mails =
        new FluentWait<>(email)
            .withTimeout(Duration.ofMinutes(7))
            .pollingEvery(Duration.ofSeconds(1))
            .withMessage("every escalation mailed after node 1 died")
            .until(
                address -> {
                  List<MimeMessage> received = TestSmtp.to(address);
                  return deliveries(received).size() == incidents ? received : null;
                });
    assertThat(deliveries(mails)).hasSize(incidents);
    assertThat(mails.size())
        .as("a message node 1 was sending when it died may be sent once more, no other")
        .isLessThanOrEqualTo(incidents + 4);
  }

  private static Set<String> deliveries(List<MimeMessage> mails) {
    Set<String> keys = new HashSet<>();
    for (MimeMessage mail : mails) {
      try {
        keys.add(mail.getHeader("X-Hindsight-Delivery")[0]);
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return keys;
  }

  private String contact(String label) {
    String email =
        "secondary-" + label + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    ApiClient.Reply added =
        ApiClient.signedIn(one.base(), "admin")
            .post(
                "api/v1/escalation-contacts",
                "{\"name\":\"Sam Secondary\",\"role\":\"SECONDARY_ON_CALL\",\"email\":\""
                    + email
                    + "\"}");
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    return email;
  }

  /** A P0 declared 16 minutes ago and not acknowledged: the next escalation sweep mails it. */
  private static String dueEscalation(ClusterNode node, String title) {
    String key =
        new IncidentApi(node.base())
            .declare("responder", "P0", "outage", title + " " + UUID.randomUUID())
            .getString("key");
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
    return key;
  }

  /** Waits past the next minute's sweeps on both nodes (they fire at second 0). */
  private static void awaitNextMinute() {
    Instant next = Instant.now().plusSeconds(60 - Instant.now().getEpochSecond() % 60 + 10);
    new FluentWait<>(next)
        .withTimeout(Duration.ofMinutes(2))
        .pollingEvery(Duration.ofSeconds(1))
        .until(at -> Instant.now().isAfter(at));
  }
}
