package io.hindsight.forge.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.forge.domain.RemarkKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reviews, approvals and comments read out of each forge's webhook payloads, in the shapes the
 * forges document (GitHub's {@code pull_request_review}, {@code issue_comment} and {@code
 * pull_request_review_comment}; GitLab's {@code Note Hook} and approval {@code Merge Request Hook};
 * Gitea's review events and {@code issue_comment}), cut to the fields Hindsight reads.
 */
class PullRequestRemarkParsingTest {

  private static WebhookDelivery delivery(Map<String, String> headers, String body) {
    return new WebhookDelivery(
        headers.entrySet().stream()
            .collect(
                Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue)),
        body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void gitHubSubmittedReviewsAreApprovalsChangeRequestsOrComments() {
    String body =
        """
        {"action":"submitted",
         "review":{"id":80,"user":{"login":"octo-reviewer2"},"body":"Say how long the flush takes",
                   "state":"changes_requested","submitted_at":"2026-12-02T10:15:30Z",
                   "html_url":"https://github.com/acme/runbooks/pull/7#pullrequestreview-80"},
         "pull_request":{"number":7,"head":{"ref":"hindsight/change-12"}},
         "sender":{"login":"octo-reviewer2"}}
        """;
    PullRequestRemark remark =
        GitHubRemarks.of(delivery(Map.of("X-GitHub-Event", "pull_request_review"), body))
            .orElseThrow();
    assertThat(remark)
        .isEqualTo(
            new PullRequestRemark(
                7,
                "review-80",
                RemarkKind.CHANGES_REQUESTED,
                "octo-reviewer2",
                "Say how long the flush takes",
                Optional.of(Instant.parse("2026-12-02T10:15:30Z"))));
    assertThat(
            GitHubRemarks.of(
                    delivery(
                        Map.of("X-GitHub-Event", "pull_request_review"),
                        body.replace("changes_requested", "approved")
                            .replace(
                                "\"body\":\"Say how long the flush takes\",", "\"body\":null,")))
                .orElseThrow())
        .extracting(PullRequestRemark::kind, PullRequestRemark::text)
        .containsExactly(RemarkKind.APPROVED, "");
    assertThat(
            GitHubRemarks.of(
                delivery(
                    Map.of("X-GitHub-Event", "pull_request_review"),
                    body.replace("\"submitted\"", "\"dismissed\""))))
        .as("a dismissed review is not a new one")
        .isEmpty();
  }

  @Test
  void gitHubCommentsOnAPullRequestCountButNotOnAnIssue() {
    String body =
        """
        {"action":"created",
         "issue":{"number":7,"pull_request":{"url":"https://api.github.com/repos/acme/runbooks/pulls/7"}},
         "comment":{"id":1234,"user":{"login":"octo-ana"},"body":"Looks right to me.",
                    "created_at":"2026-12-02T10:20:00Z"},
         "sender":{"login":"octo-ana"}}
        """;
    PullRequestRemark remark =
        GitHubRemarks.of(delivery(Map.of("X-GitHub-Event", "issue_comment"), body)).orElseThrow();
    assertThat(remark.number()).isEqualTo(7);
    assertThat(remark.key()).isEqualTo("comment-1234");
    assertThat(remark.kind()).isEqualTo(RemarkKind.COMMENTED);
    assertThat(remark.login()).isEqualTo("octo-ana");
    assertThat(remark.text()).isEqualTo("Looks right to me.");
    assertThat(
            GitHubRemarks.of(
                delivery(
                    Map.of("X-GitHub-Event", "issue_comment"),
                    """
                    {"action":"created","issue":{"number":9},
                     "comment":{"id":5,"user":{"login":"octo-ana"},"body":"An issue"}}
                    """)))
        .as("an issue that is not a pull request")
        .isEmpty();

    String line =
        """
        {"action":"created","pull_request":{"number":7},
         "comment":{"id":99,"user":{"login":"octo-ana"},"body":"Step 3 needs the host",
                    "path":"runbooks/cache-flush.md","created_at":"2026-12-02T10:21:00Z"}}
        """;
    assertThat(
            GitHubRemarks.of(
                    delivery(Map.of("X-GitHub-Event", "pull_request_review_comment"), line))
                .orElseThrow())
        .extracting(PullRequestRemark::number, PullRequestRemark::key, PullRequestRemark::text)
        .containsExactly(7L, "comment-99", "Step 3 needs the host");
    assertThat(
            GitHubRemarks.of(
                delivery(Map.of("X-GitHub-Event", "pull_request"), "{\"action\":\"closed\"}")))
        .isEmpty();
  }

  @Test
  void gitLabNotesOnAMergeRequestAndApprovals() {
    String note =
        """
        {"object_kind":"note","event_type":"note",
         "user":{"id":42,"name":"Reviewer Two","username":"gl-reviewer2"},
         "object_attributes":{"id":1244,"note":"Please name the dashboard.","noteable_type":"MergeRequest",
                              "created_at":"2026-12-02 10:30:00 UTC"},
         "merge_request":{"id":7,"iid":4,"source_branch":"hindsight/change-12","target_branch":"main"}}
        """;
    PullRequestRemark remark =
        GitLabRemarks.of(delivery(Map.of("X-Gitlab-Event", "Note Hook"), note)).orElseThrow();
    assertThat(remark)
        .isEqualTo(
            new PullRequestRemark(
                4,
                "note-1244",
                RemarkKind.COMMENTED,
                "gl-reviewer2",
                "Please name the dashboard.",
                Optional.of(Instant.parse("2026-12-02T10:30:00Z"))));
    assertThat(
            GitLabRemarks.of(
                delivery(
                    Map.of("X-Gitlab-Event", "Note Hook"),
                    note.replace("\"MergeRequest\"", "\"Issue\""))))
        .as("a note on an issue")
        .isEmpty();

    String approval =
        """
        {"object_kind":"merge_request","event_type":"merge_request",
         "user":{"id":42,"username":"gl-reviewer2"},
         "object_attributes":{"iid":4,"action":"approval","state":"opened",
                              "source_branch":"hindsight/change-12","updated_at":"2026-12-02T10:40:00Z"}}
        """;
    PullRequestRemark approved =
        GitLabRemarks.of(delivery(Map.of("X-Gitlab-Event", "Merge Request Hook"), approval))
            .orElseThrow();
    assertThat(approved.kind()).isEqualTo(RemarkKind.APPROVED);
    assertThat(approved.number()).isEqualTo(4);
    assertThat(approved.login()).isEqualTo("gl-reviewer2");
    assertThat(approved.at()).contains(Instant.parse("2026-12-02T10:40:00Z"));
    assertThat(
            GitLabRemarks.of(
                delivery(
                    Map.of("X-Gitlab-Event", "Merge Request Hook"),
                    approval.replace("\"approval\"", "\"merge\""))))
        .as("a merge is a pull request event, not a remark")
        .isEmpty();
  }

  @Test
  void giteaReviewsTakeTheirKindFromTheReviewTypeAndCommentsComeAsIssueComments() {
    String review =
        """
        {"action":"reviewed","number":3,
         "pull_request":{"number":3,"head":{"ref":"hindsight/change-12"},"updated_at":"2026-12-02T11:00:00+01:00"},
         "sender":{"login":"gitea-reviewer2"},
         "review":{"type":"pull_request_review_approved","content":"Fine by me"}}
        """;
    PullRequestRemark approved =
        GiteaRemarks.of(
                delivery(
                    Map.of("X-Gitea-Event", "pull_request_approved", "X-Gitea-Delivery", "d-1"),
                    review))
            .orElseThrow();
    assertThat(approved)
        .isEqualTo(
            new PullRequestRemark(
                3,
                "review-d-1",
                RemarkKind.APPROVED,
                "gitea-reviewer2",
                "Fine by me",
                Optional.of(Instant.parse("2026-12-02T10:00:00Z"))));
    assertThat(
            GiteaRemarks.of(
                    delivery(
                        Map.of("X-Gitea-Event", "pull_request_rejected"),
                        review.replace("review_approved", "review_rejected")))
                .orElseThrow()
                .kind())
        .isEqualTo(RemarkKind.CHANGES_REQUESTED);

    String comment =
        """
        {"action":"created","is_pull":true,
         "issue":{"number":3},
         "comment":{"id":55,"body":"Add the rollback step","user":{"login":"gitea-ana"},
                    "created_at":"2026-12-02T11:05:00Z"},
         "sender":{"login":"gitea-ana"}}
        """;
    PullRequestRemark said =
        GiteaRemarks.of(delivery(Map.of("X-Gitea-Event", "issue_comment"), comment)).orElseThrow();
    assertThat(said)
        .extracting(
            PullRequestRemark::number,
            PullRequestRemark::key,
            PullRequestRemark::kind,
            PullRequestRemark::login,
            PullRequestRemark::text)
        .containsExactly(
            3L, "comment-55", RemarkKind.COMMENTED, "gitea-ana", "Add the rollback step");
    assertThat(
            GiteaRemarks.of(
                delivery(
                    Map.of("X-Gitea-Event", "issue_comment"),
                    comment.replace("\"is_pull\":true", "\"is_pull\":false"))))
        .isEmpty();
    assertThat(GiteaRemarks.of(delivery(Map.of("X-Gitea-Event", "pull_request"), review)))
        .isEmpty();
  }

  @Test
  void payloadsThatAreNotJsonOrLackTheFieldsAreNoRemark() {
    assertThat(GitHubRemarks.of(delivery(Map.of("X-GitHub-Event", "pull_request_review"), "nope")))
        .isEmpty();
    assertThat(GitLabRemarks.of(delivery(Map.of("X-Gitlab-Event", "Note Hook"), "[]"))).isEmpty();
    assertThat(
            GiteaRemarks.of(
                delivery(
                    Map.of("X-Gitea-Event", "pull_request_approved"),
                    "{\"review\":{\"type\":\"pull_request_review_approved\"}}")))
        .isEmpty();
  }
}
