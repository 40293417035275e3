package io.hindsight.security.application;

import io.hindsight.security.domain.UserAccount;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The stored user accounts. */
@ApplicationScoped
public class UserAccounts {

  @PersistenceContext EntityManager em;

  public Optional<UserAccount> find(Username username) {
    return em.createQuery(
            "select u from UserAccount u where u.username = :username", UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  public List<UserAccount> all() {
    return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
        .getResultList();
  }

  public UserAccount add(UserAccount account) {
    em.persist(account);
    return account;
  }
}
