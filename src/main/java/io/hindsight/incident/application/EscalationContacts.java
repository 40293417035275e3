package io.hindsight.incident.application;

import io.hindsight.incident.domain.EscalationContact;
import io.hindsight.incident.domain.EscalationRole;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StaleVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The people in the escalation chain, kept by admins. */
@ApplicationScoped
@Transactional
public class EscalationContacts {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

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
    return contact;
  }

  /** Changes a contact, if nobody changed it since {@code version}. */
  public EscalationContact change(
      long id, long version, String name, EscalationRole role, String email, String chatHandle) {
    EscalationContact contact =
        find(id).orElseThrow(() -> NotFound.of("escalation contact", Long.toString(id)));
    StaleVersion.check("escalation contact " + contact.name(), version, contact.version());
    contact.change(name, role, email, chatHandle);
    return contact;
  }

  public Optional<EscalationContact> find(long id) {
    return Optional.ofNullable(em.find(EscalationContact.class, id));
  }

  public Optional<EscalationContact> remove(long id) {
    Optional<EscalationContact> contact = Optional.ofNullable(em.find(EscalationContact.class, id));
    contact.ifPresent(em::remove);
    return contact;
  }
}
