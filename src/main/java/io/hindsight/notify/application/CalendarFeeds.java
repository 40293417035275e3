package io.hindsight.notify.application;

import io.hindsight.action.domain.ActionItemStatus;
import io.hindsight.action.domain.StoredActionItem;
import io.hindsight.notify.domain.CalendarFeedToken;
import io.hindsight.notify.domain.DeadlineCalendar;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.postmortem.domain.Postmortem;
import io.hindsight.postmortem.domain.PostmortemStatus;
import io.hindsight.review.application.QueueFilter;
import io.hindsight.review.application.QueueOrder;
import io.hindsight.review.application.QueueRow;
import io.hindsight.review.application.ReviewQueue;
import io.hindsight.security.domain.TokenHash;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Personal calendar feeds: a secret URL per user (renewing it replaces the old one, revoking it
 * ends the feed) listing the post-mortems they author that are still open, the action items they
 * own that are not done, and the runbook reviews assigned to them that are in the review queue (due
 * by the end of the quarter or for a reason; the {@value #MAX_REVIEWS} most urgent).
 */
@ApplicationScoped
@Transactional
public class CalendarFeeds {

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int MAX_REVIEWS = 200;

  @PersistenceContext EntityManager em;
  @Inject NotifySettings settings;
  @Inject Clock clock;
  @Inject ReviewQueue reviews;

  /** A newly issued feed address; the token is shown this once. */
  public record Issued(String url, Instant issuedAt) {}

  /** Whether the user has a feed, and since when (its address is not kept). */
  public record Status(boolean active, Instant issuedAt) {}

  public Issued renew(Username user) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant now = clock.instant();
    Optional<CalendarFeedToken> existing = find(user);
    if (existing.isPresent()) {
      existing.get().renew(TokenHash.of(token), now);
    } else {
      em.persist(new CalendarFeedToken(user.value(), TokenHash.of(token), now));
    }
    return new Issued(
        settings.publicUrl().resolve("api/v1/calendar/" + token + ".ics").toString(), now);
  }

  public void revoke(Username user) {
    find(user).ifPresent(em::remove);
  }

  public Status status(Username user) {
    return find(user).map(t -> new Status(true, t.createdAt())).orElse(new Status(false, null));
  }

  /** The feed behind {@code token}; an unknown, renewed or revoked token is not found. */
  public String feed(String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      throw notFound();
    }
    String username =
        em.createQuery(
                "select t.username from CalendarFeedToken t where t.tokenHash = :hash",
                String.class)
            .setParameter("hash", TokenHash.of(token).hex())
            .getResultStream()
            .findFirst()
            .orElseThrow(CalendarFeeds::notFound);
    Username user = Username.of(username);
    URI base = settings.publicUrl();
    DeadlineCalendar calendar = new DeadlineCalendar(username, clock.instant());
    for (Postmortem postmortem :
        em.createQuery(
                "select p from Postmortem p where p.status not in (:closed) order by p.dueAt",
                Postmortem.class)
            .setParameter("closed", List.of(PostmortemStatus.PUBLISHED, PostmortemStatus.WAIVED))
            .getResultList()) {
      if (postmortem.listedAuthors().contains(user)) {
        String key = postmortem.key().value();
        calendar.postmortemDue(
            key,
            postmortem.title(),
            postmortem.dueAt(),
            base.resolve("postmortem.xhtml?key=" + key));
      }
    }
    for (StoredActionItem item :
        em.createQuery(
                "select a from StoredActionItem a where a.owner = :owner and a.status in (:open)"
                    + " order by a.dueDate, a.id",
                StoredActionItem.class)
            .setParameter("owner", user)
            .setParameter("open", List.of(ActionItemStatus.OPEN, ActionItemStatus.IN_PROGRESS))
            .getResultList()) {
      calendar.actionItemDue(
          item.id(),
          item.item().title(),
          item.item().dueDate(),
          base.resolve("action-items.xhtml"));
    }
    for (QueueRow review :
        reviews.page(QueueFilter.assignedTo(user), QueueOrder.URGENCY, 0, MAX_REVIEWS).items()) {
      calendar.reviewDue(
          review.id(), review.title(), review.dueDate(), base.resolve(review.reviewPage()));
    }
    return calendar.write();
  }

  private Optional<CalendarFeedToken> find(Username user) {
    return Optional.ofNullable(em.find(CalendarFeedToken.class, user.value()));
  }

  private static NotFound notFound() {
    return new NotFound(
        "No calendar feed has this address: it was renewed or revoked, or never existed.");
  }
}
