package io.hindsight.security.application;

import io.hindsight.security.domain.ApiToken;
import io.hindsight.security.domain.TokenHash;
import io.hindsight.security.domain.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The stored API tokens (hashes only). */
@ApplicationScoped
public class ApiTokens {

  @PersistenceContext EntityManager em;

  public Optional<ApiToken> findByHash(TokenHash hash) {
    return em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
        .setParameter("hash", hash.hex())
        .getResultStream()
        .findFirst();
  }

  public Optional<ApiToken> find(UserAccount owner, long id) {
    return Optional.ofNullable(em.find(ApiToken.class, id))
        .filter(token -> token.owner().id().equals(owner.id()));
  }

  public List<ApiToken> ownedBy(UserAccount owner) {
    return em.createQuery(
            "select t from ApiToken t where t.owner = :owner order by t.createdAt desc, t.id desc",
            ApiToken.class)
        .setParameter("owner", owner)
        .getResultList();
  }

  public ApiToken add(ApiToken token) {
    em.persist(token);
    return token;
  }
}
