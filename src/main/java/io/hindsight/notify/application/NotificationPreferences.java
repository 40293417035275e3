package io.hindsight.notify.application;

import io.hindsight.notify.domain.DeliveryMode;
import io.hindsight.notify.domain.NotificationKind;
import io.hindsight.notify.domain.NotificationPreference;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Each user's choice per kind; a kind without a stored choice is sent immediately. */
@ApplicationScoped
@Transactional
public class NotificationPreferences {

  @PersistenceContext EntityManager em;

  /** Every choosable kind and its mode, in the kinds' order. */
  public Map<String, String> of(Username user) {
    Map<NotificationKind, DeliveryMode> stored = new EnumMap<>(NotificationKind.class);
    em.createQuery(
            "select p from NotificationPreference p where p.id.username = :user",
            NotificationPreference.class)
        .setParameter("user", user.value())
        .getResultStream()
        .forEach(p -> stored.put(p.kind(), p.mode()));
    Map<String, String> modes = new LinkedHashMap<>();
    for (NotificationKind kind : NotificationKind.values()) {
      if (kind.choosable()) {
        modes.put(kind.spelling(), stored.getOrDefault(kind, DeliveryMode.IMMEDIATELY).spelling());
      }
    }
    return modes;
  }

  /**
   * Applies the given choices (kinds not named stay as they are); refuses all of them, naming each
   * bad one, when one is an unknown kind or mode or turns off what cannot be.
   */
  public Map<String, String> change(Username user, Map<String, String> requested) {
    Map<String, String> refused = new LinkedHashMap<>();
    Map<NotificationKind, DeliveryMode> changes = new EnumMap<>(NotificationKind.class);
    requested.forEach(
        (name, value) -> {
          NotificationKind kind = NotificationKind.parse(name).orElse(null);
          DeliveryMode mode = DeliveryMode.parse(value).orElse(null);
          if (kind == null || !kind.choosable()) {
            refused.put(name, "is not a notification kind");
          } else if (mode == null) {
            refused.put(name, "must be immediately, digest or off");
          } else {
            try {
              NotificationPreference.check(kind, mode);
              changes.put(kind, mode);
            } catch (FieldRefused e) {
              refused.putAll(e.messages());
            }
          }
        });
    if (!refused.isEmpty()) {
      throw FieldRefused.fields(refused);
    }
    // No row means immediately: choosing it removes the row, choosing off adds one.
    changes.forEach(
        (kind, mode) -> {
          NotificationPreference existing =
              em.find(
                  NotificationPreference.class, new NotificationPreference.Id(user.value(), kind));
          if (mode == DeliveryMode.IMMEDIATELY) {
            if (existing != null) {
              em.remove(existing);
            }
          } else if (existing == null) {
            em.persist(new NotificationPreference(user.value(), kind, mode));
          }
        });
    em.flush();
    return of(user);
  }

  /** Whether {@code user} gets {@code kind} at all: mandatory kinds always. */
  public boolean wants(Username user, NotificationKind kind) {
    return mode(user, kind) != DeliveryMode.OFF;
  }

  /** How {@code user} gets {@code kind}: mandatory kinds immediately, whatever is stored. */
  public DeliveryMode mode(Username user, NotificationKind kind) {
    if (kind.mandatory() || !kind.choosable()) {
      return DeliveryMode.IMMEDIATELY;
    }
    NotificationPreference preference =
        em.find(NotificationPreference.class, new NotificationPreference.Id(user.value(), kind));
    return preference == null ? DeliveryMode.IMMEDIATELY : preference.mode();
  }
}
