package io.hindsight.security.application;

import io.hindsight.security.domain.AuditAction;
import io.hindsight.security.domain.AuditChannel;
import io.hindsight.security.domain.AuditEntry;
import io.hindsight.security.domain.AuditSubject;
import io.hindsight.security.domain.Caller;
import io.hindsight.security.domain.FieldChanges;
import io.hindsight.security.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Records a change by a person or a token in the audit trail, in the transaction of the change (so
 * an undone change leaves no entry, and a recorded one cannot be lost). Changes Hindsight makes by
 * itself (scheduled sweeps, start-up) have no caller and are not recorded.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

  @PersistenceContext EntityManager em;
  @Inject Instance<CallerIdentity> identity;
  @Inject Instance<RequestOrigin> origin;
  @Inject Clock clock;

  /** Records that the caller did {@code action} to {@code subject}. */
  public void record(AuditSubject subject, AuditAction action, FieldChanges changes) {
    record(subject, action, changes, Optional.empty());
  }

  /** Records the change with the reason the caller gave. */
  public void record(
      AuditSubject subject, AuditAction action, FieldChanges changes, Optional<String> reason) {
    caller()
        .ifPresent(
            caller -> {
              Optional<RequestOrigin> from = requestOrigin();
              em.persist(
                  new AuditEntry(
                      clock.instant(),
                      caller.username(),
                      from.map(RequestOrigin::channel).orElse(AuditChannel.PAGE),
                      from.flatMap(RequestOrigin::clientAddress),
                      subject,
                      action,
                      changes,
                      reason));
            });
  }

  /** Records an update with the fields that differ between the snapshots, if any do. */
  public void recordUpdate(
      AuditSubject subject, Map<String, String> before, Map<String, String> after) {
    FieldChanges changes = FieldChanges.between(before, after);
    if (!changes.isEmpty()) {
      record(subject, AuditAction.UPDATED, changes);
    }
  }

  private Optional<Caller> caller() {
    try {
      CallerIdentity current = identity.get();
      // A signed-in person or token has at least the viewer role; a container's own identity
      // (start-up, timers) has none.
      return current.signedIn().filter(caller -> current.hasRole(Role.VIEWER));
    } catch (ContextNotActiveException outsideARequest) {
      return Optional.empty();
    }
  }

  private Optional<RequestOrigin> requestOrigin() {
    try {
      RequestOrigin current = origin.get();
      current.channel();
      return Optional.of(current);
    } catch (ContextNotActiveException outsideARequest) {
      return Optional.empty();
    }
  }
}
