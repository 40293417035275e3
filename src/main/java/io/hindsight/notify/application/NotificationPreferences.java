package io.hindsight.notify.application;

import io.hindsight.notify.domain.Channel;
import io.hindsight.notify.domain.ChannelModes;
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
import java.util.Optional;

/**
 * Each user's choice per kind and personal channel (email, chat); a kind without a stored choice is
 * sent immediately on both.
 */
@ApplicationScoped
@Transactional
public class NotificationPreferences {

  /** The key of a requested mode that applies to every channel of a kind. */
  public static final String EVERY_CHANNEL = "*";

  private static final String MODES = "must be immediately, digest or off";

  @PersistenceContext EntityManager em;

  /** Every choosable kind and its modes, in the kinds' order. */
  public Map<String, ChannelModes> of(Username user) {
    Map<NotificationKind, ChannelModes> stored = new EnumMap<>(NotificationKind.class);
    em.createQuery(
            "select p from NotificationPreference p where p.id.username = :user",
            NotificationPreference.class)
        .setParameter("user", user.value())
        .getResultStream()
        .forEach(p -> stored.put(p.kind(), p.modes()));
    Map<String, ChannelModes> modes = new LinkedHashMap<>();
    for (NotificationKind kind : NotificationKind.values()) {
      if (kind.choosable()) {
        modes.put(kind.spelling(), stored.getOrDefault(kind, ChannelModes.IMMEDIATELY));
      }
    }
    return modes;
  }

  /**
   * Applies the given choices: per kind, a mode per channel ({@code email}, {@code chat}) or for
   * every channel ({@link #EVERY_CHANNEL}); kinds and channels not named stay as they are. Refuses
   * all of them, naming each bad one ({@code kind} or {@code kind.channel}), when one is an unknown
   * kind, channel or mode, a digest for chat, or turns off what cannot be.
   */
  public Map<String, ChannelModes> change(
      Username user, Map<String, Map<String, String>> requested) {
    Map<String, String> refused = new LinkedHashMap<>();
    Map<NotificationKind, ChannelModes> changes = new EnumMap<>(NotificationKind.class);
    requested.forEach(
        (name, channels) -> {
          Optional<NotificationKind> kind =
              NotificationKind.parse(name).filter(NotificationKind::choosable);
          if (kind.isEmpty()) {
            refused.put(name, "is not a notification kind");
            return;
          }
          Optional<ChannelModes> modes = modes(user, kind.get(), name, channels, refused);
          if (modes.isEmpty()) {
            return;
          }
          try {
            NotificationPreference.check(kind.get(), modes.get());
            changes.put(kind.get(), modes.get());
          } catch (FieldRefused e) {
            refused.putAll(e.messages());
          }
        });
    if (!refused.isEmpty()) {
      throw FieldRefused.fields(refused);
    }
    // No row means immediately on every channel: choosing that removes the row.
    changes.forEach(
        (kind, modes) -> {
          NotificationPreference existing =
              em.find(
                  NotificationPreference.class, new NotificationPreference.Id(user.value(), kind));
          if (modes.equals(ChannelModes.IMMEDIATELY)) {
            if (existing != null) {
              em.remove(existing);
            }
          } else if (existing == null) {
            em.persist(new NotificationPreference(user.value(), kind, modes));
          } else {
            existing.change(modes);
          }
        });
    em.flush();
    return of(user);
  }

  /** The stored modes of {@code kind} with the requested ones applied, or refusals noted. */
  private Optional<ChannelModes> modes(
      Username user,
      NotificationKind kind,
      String name,
      Map<String, String> channels,
      Map<String, String> refused) {
    ChannelModes modes = modes(user, kind);
    boolean ok = !channels.isEmpty();
    if (channels.isEmpty()) {
      refused.put(name, "names no channel: email or chat");
    }
    String every = channels.get(EVERY_CHANNEL);
    if (every != null) {
      Optional<DeliveryMode> mode = DeliveryMode.parse(every);
      if (mode.isEmpty()) {
        refused.put(name, MODES);
        return Optional.empty();
      }
      modes = ChannelModes.all(mode.get());
    }
    for (Map.Entry<String, String> entry : channels.entrySet()) {
      if (entry.getKey().equals(EVERY_CHANNEL)) {
        continue;
      }
      String field = name + "." + entry.getKey();
      Optional<Channel> channel = ChannelModes.channel(entry.getKey());
      Optional<DeliveryMode> mode = DeliveryMode.parse(entry.getValue());
      if (channel.isEmpty()) {
        refused.put(field, "is not a channel: email or chat");
        ok = false;
      } else if (mode.isEmpty()) {
        refused.put(field, channel.get() == Channel.CHAT ? "must be immediately or off" : MODES);
        ok = false;
      } else {
        try {
          modes = modes.with(channel.get(), mode.get());
        } catch (FieldRefused e) {
          refused.put(field, "must be immediately or off: a digest is an email");
          ok = false;
        }
      }
    }
    return ok ? Optional.of(modes) : Optional.empty();
  }

  /**
   * How {@code user} gets {@code kind} on each channel: mandatory kinds immediately, whatever is
   * stored.
   */
  public ChannelModes modes(Username user, NotificationKind kind) {
    if (kind.mandatory() || !kind.choosable()) {
      return ChannelModes.IMMEDIATELY;
    }
    NotificationPreference preference =
        em.find(NotificationPreference.class, new NotificationPreference.Id(user.value(), kind));
    return preference == null ? ChannelModes.IMMEDIATELY : preference.modes();
  }
}
