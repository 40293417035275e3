package io.hindsight.review.application;

import io.hindsight.platform.crypto.CredentialCipher;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.review.domain.ChangeWebhookDelivery;
import io.hindsight.review.domain.ChangeWebhookSecret;
import io.hindsight.review.domain.ServiceName;
import io.hindsight.review.domain.SignedChange;
import io.hindsight.security.application.AuditTrail;
import io.hindsight.security.domain.AuditAction;
import io.hindsight.security.domain.AuditSubject;
import io.hindsight.security.domain.Caller;
import io.hindsight.security.domain.FieldChange;
import io.hindsight.security.domain.FieldChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The signed infrastructure change webhook: the secret an admin sets (generated here, shown once,
 * stored sealed), the check of a delivery against it ({@link SignedChange}), and a valid delivery
 * reported as a service change ({@link ServiceChanges}) in the same transaction that remembers it,
 * so that a replay is refused and a refused delivery stores nothing.
 */
@ApplicationScoped
@Transactional
public class ChangeWebhook {

  private static final String CONTEXT = "change-webhook:infrastructure";
  private static final AuditSubject SUBJECT = AuditSubject.of("change-webhook", "infrastructure");

  @PersistenceContext EntityManager em;
  @Inject CredentialCipher cipher;
  @Inject ServiceChanges changes;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** Whether a secret is set, since when and by whom; the secret itself never. */
  public record Status(
      boolean secretSet, Optional<Instant> changedAt, Optional<String> changedBy) {}

  public Status status() {
    return find()
        .map(
            secret ->
                new Status(true, Optional.of(secret.changedAt()), Optional.of(secret.changedBy())))
        .orElse(new Status(false, Optional.empty(), Optional.empty()));
  }

  /** A new random secret replaces the old one at once; it is returned this once. */
  public String newSecret(Caller admin) {
    String secret = randomSecret();
    String sealed = cipher.encrypt(secret, CONTEXT);
    Instant now = clock.instant();
    Optional<ChangeWebhookSecret> existing = find();
    existing.ifPresentOrElse(
        found -> found.replace(sealed, admin.username().value(), now),
        () -> em.persist(new ChangeWebhookSecret(sealed, admin.username().value(), now)));
    audit.record(
        SUBJECT,
        existing.isPresent() ? AuditAction.of("secret-changed") : AuditAction.CREATED,
        FieldChanges.of(FieldChange.concealed("secret")));
    return secret;
  }

  /** Without a secret every signed delivery is refused; tokens still report changes. */
  public void removeSecret() {
    find()
        .ifPresent(
            found -> {
              em.remove(found);
              audit.record(SUBJECT, AuditAction.REMOVED, FieldChanges.none());
            });
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public SignedChange.Check check(String timestamp, String signature, byte[] body) {
    Optional<String> secret = find().map(found -> cipher.decrypt(found.sealed(), CONTEXT));
    return SignedChange.check(secret, timestamp, signature, body, clock.instant());
  }

  /**
   * Reports the change of a valid delivery, once: the same delivery again (a replay, or a retry of
   * one already taken) is a conflict, and nothing is stored for it.
   */
  public ServiceChanges.Flagged report(
      SignedChange.Delivery delivery,
      ServiceName service,
      Optional<String> reference,
      Optional<String> description) {
    Instant now = clock.instant();
    em.createQuery("delete from ChangeWebhookDelivery d where d.sentAt < :before")
        .setParameter("before", SignedChange.forgetBefore(now))
        .executeUpdate();
    if (em.find(ChangeWebhookDelivery.class, delivery.signatureHash()) != null) {
      throw replayed();
    }
    try {
      em.persist(new ChangeWebhookDelivery(delivery, now));
      em.flush();
    } catch (PersistenceException racing) {
      throw replayed();
    }
    return changes.changed(service, reference, description);
  }

  private static StateConflict replayed() {
    return new StateConflict(
        "This delivery was received already: a replayed change is not reported again.");
  }

  private Optional<ChangeWebhookSecret> find() {
    return Optional.ofNullable(em.find(ChangeWebhookSecret.class, ChangeWebhookSecret.THE_ONE));
  }

  private static String randomSecret() {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
