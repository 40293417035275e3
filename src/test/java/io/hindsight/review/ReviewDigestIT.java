package io.hindsight.review;

import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.review.domain.ReviewWeek;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.OverHttp;
import io.hindsight.testing.TestSmtp;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reviewer's week, over HTTP with the delivery worker and GreenMail: the weekly digest of the
 * reviews assigned to them (once per week, however often the sweep runs), and their personal
 * calendar feed listing those reviews on their due dates.
 */
class ReviewDigestIT extends OverHttp {

  @Test
  void theReviewerGetsOneDigestAWeekAndTheirCalendarListsTheirReviews() throws Exception {
    String key = ReviewFixtures.uniqueKey("dgst");
    ApiClient reviewer2 = api("reviewer2");
    String mail = "reviewer2-" + key + "@example.com";
    assertThat(reviewer2.put("api/v1/me/email", "{\"email\":\"" + mail + "\"}").status())
        .isEqualTo(200);
    TestSmtp.server();
    ReviewFixtures.register(
        base,
        key,
        files(
            "disk.md", owned("Disk full", "2025-01-10"),
            "dns.md", owned("DNS failure", "2025-04-10")));
    long disk = ReviewFixtures.item(reviewer2, key, "disk.md").getJsonNumber("id").longValue();
    long dns = ReviewFixtures.item(reviewer2, key, "dns.md").getJsonNumber("id").longValue();

    // A week the sweep's own timer does not reach: next week, both still overdue.
    Instant nextWeek = Instant.now().plus(Duration.ofDays(7));
    ReviewWeek week = ReviewWeek.of(LocalDate.ofInstant(nextWeek, ZoneOffset.UTC));
    String digestKey = "review-digest:reviewer2:" + week.label();
    assertThat(digest(key, nextWeek)).contains(digestKey);
    assertThat(digest(key, nextWeek.plus(Duration.ofHours(1))))
        .filteredOn(digestKey::equals)
        .as("the sweep fires it again; notify queues it once")
        .hasSize(2);

    String subject = "Runbook reviews for you in week " + week.label() + ": ";
    MimeMessage received =
        TestSmtp.await(mail, mails -> mails.stream().anyMatch(m -> isDigest(m, subject))).stream()
            .filter(m -> isDigest(m, subject))
            .findFirst()
            .orElseThrow();
    assertThat(text(received))
        .contains("Due by " + week.sunday())
        .contains("- Disk full (" + key + "/disk.md): was due ")
        .contains("- DNS failure (" + key + "/dns.md): was due ");
    JsonObject queued =
        api("admin")
            .get("api/v1/notifications?kind=runbook_review_digest&limit=200&recipient=" + mail)
            .json();
    assertThat(queued.getJsonArray("items").stream().map(JsonObject.class::cast))
        .extracting(entry -> entry.getString("title"))
        .as("one digest for the week")
        .hasSize(1)
        .allMatch(title -> title.startsWith(subject));

    // The calendar feed lists both reviews as all-day events on their due dates.
    String url = reviewer2.post("api/v1/me/calendar-feed", "").json().getString("url");
    String path = url.substring(url.indexOf("api/v1/calendar/"));
    ApiClient.Reply calendar =
        new ApiClient(base)
            .raw(new ApiClient(base).request(path).header("Accept", "text/calendar").GET());
    assertThat(calendar.status()).as(calendar.toString()).isEqualTo(200);
    String unfolded = calendar.body().replace("\r\n ", "");
    assertThat(unfolded)
        .contains("UID:runbook-review-" + disk + "@hindsight\r\n")
        .contains("UID:runbook-review-" + dns + "@hindsight\r\n")
        .contains("SUMMARY:Runbook review due: Disk full\r\n")
        .contains("review.xhtml?repo=" + key + "&path=dns.md");
    assertThat(reviewer2.delete("api/v1/me/calendar-feed").status()).isEqualTo(204);
  }

  /** The digest sweep, refreshing only the test's repository: the suite's others are many. */
  private List<String> digest(String repository, Instant at) {
    ApiClient.Reply reply =
        api("admin")
            .post("api/it/review-sweep?digest=true&repository=" + repository + "&at=" + at, "");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return List.of(reply.body().split("\n"));
  }

  /** A runbook the demo user {@code reviewer2} owns, so is assigned to review. */
  private static String owned(String title, String reviewed) {
    return ReviewFixtures.runbook(title, reviewed).replace("owner: reviewer", "owner: reviewer2");
  }

  private static boolean isDigest(MimeMessage message, String subject) {
    return TestSmtp.subject(message).startsWith(subject);
  }

  private static String text(MimeMessage message) throws MessagingException, IOException {
    Object content = message.getContent();
    if (content instanceof String text) {
      return text;
    }
    jakarta.mail.Multipart parts = (jakarta.mail.Multipart) content;
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < parts.getCount(); i++) {
      Object part = parts.getBodyPart(i).getContent();
      all.append(part instanceof String text ? text : "");
    }
    return all.toString();
  }
}
