package io.hindsight.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.incident.IncidentApi;
import io.hindsight.postmortem.PostmortemApi;
import io.hindsight.runbook.git.GitCli;
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
import java.util.function.Predicate;
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

  /** Two servers starting at once on a shared two-core machine take their time. */
  private static final Duration BOOT =
      Duration.ofMinutes(Long.getLong("two.nodes.boot.minutes", 12));

  private final Path root = Path.of("target", "two-nodes").toAbsolutePath();
  private final Path remotes = root.resolve("remotes");
  private ClusterNode one;
  private ClusterNode two;
  private StickyProxy proxy;
  private BrowserSession stuckToOne;
  private String declaredThroughOne;

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
    one = node("hindsight-1", Integer.getInteger("two.nodes.offset.one", 21100), shared);
    two = node("hindsight-2", Integer.getInteger("two.nodes.offset.two", 21200), shared);
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
    registerOnOne(key, remote);

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

  /**
   * A change request opened and saved on node 1 is shown, saved again and merged on node 2: each
   * save pushes the change's branch, and a node that lacks its commits fetches them first.
   */
  @Test
  @Order(2)
  void aChangeSavedOnNodeOneIsShownSavedAndMergedOnNodeTwo() {
    String key = "two-changes-" + UUID.randomUUID().toString().substring(0, 8);
    BareRemote remote = BareRemote.create(remotes.resolve(key + ".git"), "main");
    remote.commit(
        "Ana Lima",
        "Add a runbook",
        BareRemote.files("runbooks/disk.md", "# Disk\n\n1. Free it.\n"));
    registerOnOne(key, remote);

    ApiClient authorOne = ApiClient.signedIn(one.base(), "reviewer");
    ApiClient.Reply opened =
        authorOne.post(
            "api/v1/change-requests",
            "{\"runbook\":\"" + key + "/runbooks/disk.md\",\"title\":\"Check the disk again\"}");
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    long id = opened.json().getJsonNumber("id").longValue();
    String branch = opened.json().getString("branch");
    ApiClient.Reply savedOnOne =
        authorOne.put(
            "api/v1/change-requests/" + id + "/content",
            "{\"version\":"
                + opened.json().getInt("version")
                + ",\"content\":\"# Disk\\n\\n1. Free it.\\n2. Check again.\\n\"}");
    assertThat(savedOnOne.status()).as(savedOnOne.toString()).isEqualTo(200);

    ApiClient authorTwo = ApiClient.signedIn(two.base(), "reviewer");
    JsonObject onTwo = authorTwo.get("api/v1/change-requests/" + id).json();
    assertThat(onTwo.getString("diff")).contains("+2. Check again.");
    assertThat(GitCli.bare(remote.directory(), "rev-parse", branch))
        .isEqualTo(onTwo.getString("headCommit") + "\n");
    ApiClient.Reply savedOnTwo =
        authorTwo.put(
            "api/v1/change-requests/" + id + "/content",
            "{\"version\":"
                + savedOnOne.json().getInt("version")
                + ",\"significant\":true"
                + ",\"content\":\"# Disk\\n\\n1. Free it.\\n2. Check again, twice.\\n\"}");
    assertThat(savedOnTwo.status()).as(savedOnTwo.toString()).isEqualTo(200);
    JsonObject backOnOne = authorOne.get("api/v1/change-requests/" + id).json();
    assertThat(backOnOne.getString("after")).contains("Check again, twice.");
    assertThat(GitCli.bare(remote.directory(), "rev-parse", branch))
        .isEqualTo(backOnOne.getString("headCommit") + "\n");

    ApiClient.Reply merged =
        submittedApprovedMerged(
            authorOne,
            ApiClient.signedIn(two.base(), "reviewer2"),
            id,
            savedOnTwo.json().getInt("version"));
    String commit = merged.json().getString("mergeCommit");
    new FluentWait<>(remote)
        .withTimeout(Duration.ofMinutes(2))
        .pollingEvery(Duration.ofMillis(500))
        .withMessage("the merge on the remote's main")
        .until(r -> GitCli.bare(r.directory(), "rev-parse", "main").equals(commit + "\n"));
    assertThat(GitCli.bare(remote.directory(), "show", "main:runbooks/disk.md"))
        .contains("2. Check again, twice.");

    String tagOnTwo = merged.json().getString("tag");
    String tagOnOne =
        mergedOn(
            authorOne,
            ApiClient.signedIn(one.base(), "reviewer2"),
            key,
            "# Disk\\n\\n1. Free it.\\n2. Check again, twice.\\n3. Tell the channel.\\n");
    assertThat(tagOnOne)
        .as("a second merge the same day on the other node takes the next tag name")
        .isNotEqualTo(tagOnTwo)
        .startsWith(tagOnTwo.substring(0, "runbooks-YYYY.MM.DD".length()));
    new FluentWait<>(remote)
        .withTimeout(Duration.ofMinutes(2))
        .pollingEvery(Duration.ofMillis(500))
        .withMessage("both days' tags on the remote")
        .until(r -> GitCli.bare(r.directory(), "tag", "-l").contains(tagOnOne));
    assertThat(GitCli.bare(remote.directory(), "tag", "-l")).contains(tagOnTwo, tagOnOne);
  }

  /** Opens, saves, submits, approves and merges a change of {@code key}'s disk runbook; its tag. */
  private static String mergedOn(ApiClient author, ApiClient reviewer, String key, String text) {
    ApiClient.Reply opened =
        author.post(
            "api/v1/change-requests",
            "{\"runbook\":\"" + key + "/runbooks/disk.md\",\"title\":\"Tell the channel\"}");
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    long id = opened.json().getJsonNumber("id").longValue();
    ApiClient.Reply saved =
        author.put(
            "api/v1/change-requests/" + id + "/content",
            "{\"version\":"
                + opened.json().getInt("version")
                + ",\"significant\":true,\"content\":\""
                + text
                + "\"}");
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    ApiClient.Reply merged =
        submittedApprovedMerged(author, reviewer, id, saved.json().getInt("version"));
    return merged.json().getString("tag");
  }

  /** The author submits the change, the reviewer approves and merges it; the merge's answer. */
  private static ApiClient.Reply submittedApprovedMerged(
      ApiClient author, ApiClient reviewer, long id, int version) {
    ApiClient.Reply submitted =
        author.post("api/v1/change-requests/" + id + "/submit", "{\"version\":" + version + "}");
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    ApiClient.Reply approved =
        reviewer.post(
            "api/v1/change-requests/" + id + "/reviews",
            "{\"verdict\":\"approve\",\"version\":" + submitted.json().getInt("version") + "}");
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    ApiClient.Reply merged =
        reviewer.post(
            "api/v1/change-requests/" + id + "/merge",
            "{\"version\":" + approved.json().getInt("version") + "}");
    assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
    return merged;
  }

  /** Registers the remote as repository {@code key} on node 1 and waits for its first sync. */
  private void registerOnOne(String key, BareRemote remote) {
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
  }

  /**
   * Sticky sessions, not replicated ones: the proxy sends a signed-in user back to the node that
   * holds the session, where what they write is stored at once.
   */
  @Test
  @Order(3)
  void aSessionStaysOnItsNodeBehindTheProxy() {
    stuckToOne = sessionOn(one);
    for (int i = 0; i < 6; i++) {
      HttpResponse<String> page = stuckToOne.get("runbooks.xhtml");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("X-Hindsight-Node")).contains(one.name());
    }
    declaredThroughOne = "Sticky " + UUID.randomUUID();
    Map<String, String> fields = new HashMap<>();
    fields.put("declare:title", declaredThroughOne);
    fields.put("declare:severity", "P2");
    fields.put("declare:category", "OUTAGE");
    fields.put("declare:services", "api");
    fields.put("declare:started", "0");
    fields.put("declare:declare-button", "Declare");
    HttpResponse<String> declared = stuckToOne.submit("incidents.xhtml", "declare", fields);
    assertThat(declared.headers().firstValue("X-Hindsight-Node")).contains(one.name());
    assertThat(stuckToOne.get("incidents.xhtml").body()).contains(declaredThroughOne);
  }

  /** A proxied session that signed in on {@code node}: new clients go to the nodes in turn. */
  private BrowserSession sessionOn(ClusterNode node) {
    return new FluentWait<>(node)
        .withTimeout(Duration.ofMinutes(2))
        .pollingEvery(Duration.ofMillis(100))
        .withMessage("a session on " + node.name())
        .until(
            wanted -> {
              BrowserSession session =
                  new BrowserSession(proxy.base()).signIn("responder", DemoUsers.PASSWORD, "/");
              String answered =
                  session
                      .get("runbooks.xhtml")
                      .headers()
                      .firstValue("X-Hindsight-Node")
                      .orElseThrow();
              return answered.equals(wanted.name()) ? session : null;
            });
  }

  @Test
  @Order(4)
  void anEscalationDueOnceIsMailedOnceWithBothNodesRunning() throws MessagingException {
    String email = contact("once");
    String key = dueEscalation(one, "Once");

    awaitMail(email, Duration.ofMinutes(3));
    awaitSweeps(2);
    List<MimeMessage> mails = TestSmtp.to(email);
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getSubject()).contains(key);
  }

  @Test
  @Order(5)
  void killingANodeMidDeliveryLosesNothingAndRepeatsOnlyWhatItWasSending()
      throws MessagingException {
    String email = contact("kill");
    TestSmtp.down();
    int incidents = 12;
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < incidents; i++) {
      keys.add(dueEscalation(i % 2 == 0 ? one : two, "Kill " + i));
    }
    awaitSweeps(1);
    one.kill();
    TestSmtp.up();

    List<MimeMessage> mails =
        awaitMail(
            email, Duration.ofMinutes(7), received -> deliveries(received).size() == incidents);
    assertThat(deliveries(mails)).hasSize(incidents);
    assertThat(mails.size())
        .as("a message node 1 was sending when it died may be sent once more, no other")
        .isLessThanOrEqualTo(incidents + 4);
  }

  /**
   * After node 1's death, the user it had signed in is sent to node 2, which asks them to sign in
   * again (sessions are not replicated); what they wrote through node 1 is there.
   */
  @Test
  @Order(6)
  void aSessionWhoseNodeDiedSignsInAgainAndFindsItsWork() {
    HttpResponse<String> afterDeath = stuckToOne.get("incidents.xhtml");
    assertThat(afterDeath.headers().firstValue("X-Hindsight-Node")).contains(two.name());
    assertThat(afterDeath.statusCode()).isEqualTo(302);
    assertThat(afterDeath.headers().firstValue("Location").orElseThrow()).contains("login");

    stuckToOne.signIn("responder", DemoUsers.PASSWORD, "/");
    HttpResponse<String> list = stuckToOne.get("incidents.xhtml");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.headers().firstValue("X-Hindsight-Node")).contains(two.name());
    assertThat(list.body()).contains(declaredThroughOne);
  }

  /** The mail to {@code email} once it satisfies {@code done}; the sweeps fire once a minute. */
  private static List<MimeMessage> awaitMail(
      String email, Duration atMost, Predicate<List<MimeMessage>> done) {
    return new FluentWait<>(email)
        .withTimeout(atMost)
        .pollingEvery(Duration.ofSeconds(1))
        .withMessage("mail to " + email)
        .until(
            address -> {
              List<MimeMessage> received = TestSmtp.to(address);
              return done.test(received) ? received : null;
            });
  }

  private static void awaitMail(String email, Duration atMost) {
    awaitMail(email, atMost, received -> !received.isEmpty());
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

  /**
   * Waits until the escalation sweep's lease has been taken {@code count} more times, by whichever
   * node: that many sweeps have started since, each after the one before it.
   */
  private static void awaitSweeps(int count) {
    Timestamp start = sweepLease();
    new FluentWait<>(start)
        .withTimeout(Duration.ofMinutes(2L * count + 2))
        .pollingEvery(Duration.ofSeconds(1))
        .withMessage(count + " more escalation sweeps")
        .until(
            before -> {
              Timestamp now = sweepLease();
              return now != null
                  && (before == null
                      || now.toInstant().isAfter(before.toInstant().plusSeconds(50L * count)));
            });
  }

  private static Timestamp sweepLease() {
    return TestDatabase.query(
        "select held_until from schedule_lease where job = 'escalation-sweep'",
        rows -> rows.next() ? rows.getTimestamp(1) : null);
  }
}
