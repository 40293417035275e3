package io.hindsight.incident.application;

import io.hindsight.incident.domain.EscalationContact;
import io.hindsight.incident.domain.EscalationRole;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StaleVersion;
import io.hindsight.security.application.AuditTrail;
import io.hindsight.security.domain.AuditAction;
import io.hindsight.security.domain.AuditSubject;
import io.hindsight.security.domain.FieldChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The people in the escalation chain, kept by admins. */
@ApplicationScoped
@Transactional
public class EscalationContacts {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditTrail audit;

  public List<EscalationContact> all() {
    return em.createQuery(
            "select c from EscalationContact c order by c.role, c.name, c.id",
            EscalationContact.class)
        .getResultList();
  }

  public List<EscalationContact> withRole(EscalationRole role) {
    return em.createQuery(
            "select c from EscalationContact c where c.role = :role order by c.name, c.id",
            EscalationContact.class)
        .setParameter("role", role)
        .getResultList();
  }

  public EscalationContact add(String name, EscalationRole role, String email, String chatHandle) {
    EscalationContact contact =
        new EscalationContact(name, role, email, chatHandle, clock.instant());
    em.persist(contact);
    audit.record(subject(contact), AuditAction.CREATED, FieldChanges.created(fields(contact)));
    return contact;
  }

  /** Changes a contact, if nobody changed it since {@code version}. */
  public EscalationContact change(
      long id, long version, String name, EscalationRole role, String email, String chatHandle) {
    EscalationContact contact =
        find(id).orElseThrow(() -> NotFound.of("escalation contact", Long.toString(id)));
    StaleVersion.check("escalation contact " + contact.name(), version, contact.version());
    Map<String, String> before = fields(contact);
    contact.change(name, role, email, chatHandle);
    audit.record(
        subject(contact), AuditAction.UPDATED, FieldChanges.between(before, fields(contact)));
    return contact;
  }

  public Optional<EscalationContact> find(long id) {
    return Optional.ofNullable(em.find(EscalationContact.class, id));
  }

  public Optional<EscalationContact> remove(long id) {
    Optional<EscalationContact> contact = Optional.ofNullable(em.find(EscalationContact.class, id));
    contact.ifPresent(
        c -> {
          audit.record(subject(c), AuditAction.REMOVED, FieldChanges.removed(fields(c)));
          em.remove(c);
        });
    return contact;
  }

  private static AuditSubject subject(EscalationContact contact) {
    return AuditSubject.of("escalation-contact", contact.id());
  }

  private static Map<String, String> fields(EscalationContact contact) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", contact.name());
    fields.put("role", contact.role().name().toLowerCase(Locale.ROOT));
    fields.put("email", contact.email().orElse(null));
    fields.put("chatHandle", contact.chatHandle().orElse(null));
    return fields;
  }
}
