package io.hindsight.security.application;

import io.hindsight.security.domain.ApiToken;
import io.hindsight.security.domain.TokenHash;
import io.hindsight.security.domain.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored API tokens (hashes only). */
@ApplicationScoped
public class ApiTokens {

  private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

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

  /**
   * Records that a token was used, at most once a minute and without touching its version:
   * concurrent calls with one token must not conflict with each other.
   */
  public void markUsed(ApiToken token, Instant now) {
    Instant threshold = now.minus(LAST_USED_RESOLUTION);
    if (token.lastUsedAt().filter(used -> !used.isBefore(threshold)).isPresent()) {
      return;
    }
    em.createQuery(
            "update ApiToken t set t.lastUsedAt = :now where t.id = :id"
                + " and (t.lastUsedAt is null or t.lastUsedAt < :threshold)")
        .setParameter("now", now)
        .setParameter("id", token.id())
        .setParameter("threshold", threshold)
        .executeUpdate();
  }

  public void revokeAll(UserAccount owner, Instant now) {
    em.createQuery(
            "update ApiToken t set t.revokedAt = :now, t.version = t.version + 1"
                + " where t.owner = :owner and t.revokedAt is null")
        .setParameter("now", now)
        .setParameter("owner", owner)
        .executeUpdate();
  }

  public ApiToken add(ApiToken token) {
    em.persist(token);
    return token;
  }
}
