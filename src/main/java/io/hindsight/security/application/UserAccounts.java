package io.hindsight.security.application;

import io.hindsight.security.domain.Role;
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

  /** Every account's username and display name, without loading the accounts. */
  public List<AccountName> names() {
    return em.createQuery(
            "select new io.hindsight.security.application.UserAccounts$AccountName("
                + "u.username, u.displayName) from UserAccount u order by u.username",
            AccountName.class)
        .getResultList();
  }

  /** An account's username and display name. */
  public record AccountName(Username username, String displayName) {}

  public List<UserAccount> demoAccounts() {
    return em.createQuery("select u from UserAccount u where u.demo = true", UserAccount.class)
        .getResultList();
  }

  public long countEnabledAdminsOtherThan(UserAccount account) {
    return em.createQuery(
            "select count(u) from UserAccount u where u.enabled = true and u <> :account"
                + " and :admin member of u.roles",
            Long.class)
        .setParameter("account", account)
        .setParameter("admin", Role.ADMIN)
        .getSingleResult();
  }

  public UserAccount add(UserAccount account) {
    em.persist(account);
    return account;
  }
}
