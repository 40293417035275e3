package io.hindsight.forge.application;

import io.hindsight.forge.domain.ForgeKind;
import io.hindsight.forge.domain.ForgeLogin;
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

/** Who each user is on each kind of forge (set on their own account), for review requests. */
@ApplicationScoped
@Transactional
public class ForgeLogins {

  @PersistenceContext EntityManager em;

  public Map<ForgeKind, String> of(Username user) {
    Map<ForgeKind, String> logins = new EnumMap<>(ForgeKind.class);
    em.createQuery(
            "select l from ForgeLogin l where l.key.username = :user order by l.key.kind",
            ForgeLogin.class)
        .setParameter("user", user.value())
        .getResultList()
        .forEach(l -> logins.put(l.kind(), l.login()));
    return logins;
  }

  public Optional<String> login(Username user, ForgeKind kind) {
    return Optional.ofNullable(em.find(ForgeLogin.class, new ForgeLogin.Key(user.value(), kind)))
        .map(ForgeLogin::login);
  }

  /** The Hindsight user who mapped {@code login} on this kind of forge. */
  public Optional<Username> user(ForgeKind kind, String login) {
    return em.createQuery(
            "select l from ForgeLogin l where l.key.kind = :kind and l.login = :login",
            ForgeLogin.class)
        .setParameter("kind", kind)
        .setParameter("login", login)
        .getResultStream()
        .findFirst()
        .map(l -> Username.of(l.username()));
  }

  /**
   * Sets the logins named (a blank one removes it); refuses every bad kind or login at once, and
   * then changes nothing.
   */
  public Map<ForgeKind, String> change(Username user, Map<String, String> requested) {
    Map<ForgeKind, String> parsed = new EnumMap<>(ForgeKind.class);
    Map<String, String> refused = new LinkedHashMap<>();
    requested.forEach(
        (kind, login) -> {
          Optional<ForgeKind> k = ForgeKind.parse(kind);
          String value = login == null ? "" : login.strip();
          if (k.isEmpty()) {
            refused.put(kind, "is not a forge: github, gitlab or gitea");
          } else if (!value.isEmpty() && !ForgeLogin.SHAPE.matcher(value).matches()) {
            refused.put(kind, "must be a forge user name: letters, digits, . _ and -, at most 100");
          } else {
            parsed.put(k.get(), value);
          }
        });
    if (!refused.isEmpty()) {
      throw FieldRefused.fields(refused);
    }
    parsed.forEach(
        (kind, login) -> {
          ForgeLogin existing = em.find(ForgeLogin.class, new ForgeLogin.Key(user.value(), kind));
          if (login.isEmpty()) {
            if (existing != null) {
              em.remove(existing);
            }
          } else if (existing != null) {
            existing.rename(login);
          } else {
            em.persist(new ForgeLogin(user.value(), kind, login));
          }
        });
    em.flush();
    return of(user);
  }
}
