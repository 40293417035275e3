package io.hindsight.security.application;

import io.hindsight.platform.refusal.NotFound;
import io.hindsight.security.domain.ApiToken;
import io.hindsight.security.domain.ApiTokenSecret;
import io.hindsight.security.domain.AuditAction;
import io.hindsight.security.domain.AuditSubject;
import io.hindsight.security.domain.FieldChanges;
import io.hindsight.security.domain.TokenLifetime;
import io.hindsight.security.domain.UserAccount;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Issues, lists, revokes and checks API tokens. */
@ApplicationScoped
@Transactional
public class ApiTokenService {

  @Inject ApiTokens tokens;
  @Inject UserAccounts accounts;
  @Inject Clock clock;
  @Inject AuditTrail audit;

  @Inject
  @ConfigProperty(name = "hindsight.tokens.max-days", defaultValue = "365")
  int maxDays;

  /**
   * A new token for {@code owner}, living {@code days} days or the default ({@link TokenLifetime}).
   */
  public IssuedToken issue(Username owner, String name, Optional<Integer> days) {
    Duration lifetime = new TokenLifetime(maxDays).of(days);
    UserAccount account = requireAccount(owner);
    Instant now = clock.instant();
    ApiTokenSecret secret = ApiTokenSecret.generate();
    ApiToken token = tokens.add(new ApiToken(account, name, secret, now, now.plus(lifetime)));
    audit.record(subject(token), AuditAction.CREATED, FieldChanges.created(fields(token)));
    return new IssuedToken(token, secret);
  }

  /** Revokes every token of {@code owner}, as when their password changes. */
  public void revokeAll(Username owner) {
    tokens.revokeAll(requireAccount(owner), clock.instant());
  }

  public List<ApiToken> list(Username owner) {
    return tokens.ownedBy(requireAccount(owner));
  }

  public Optional<ApiToken> revoke(Username owner, long id) {
    Optional<ApiToken> token = tokens.find(requireAccount(owner), id);
    token.ifPresent(
        t -> {
          t.revoke(clock.instant());
          audit.record(subject(t), AuditAction.of("revoked"), FieldChanges.removed(fields(t)));
        });
    return token;
  }

  /**
   * The account a presented token belongs to, when the token is known, unexpired and not revoked.
   */
  public Optional<UserAccount> authenticate(ApiTokenSecret secret) {
    Instant now = clock.instant();
    return tokens
        .findByHash(secret.hash())
        .filter(token -> token.isUsableAt(now))
        .map(
            token -> {
              tokens.markUsed(token, now);
              return token.owner();
            });
  }

  private static AuditSubject subject(ApiToken token) {
    return AuditSubject.of("token", token.id());
  }

  /** What the audit trail records of a token; never its secret, nor its hash. */
  private static Map<String, String> fields(ApiToken token) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("owner", token.owner().username().value());
    fields.put("name", token.name());
    fields.put("expiresAt", token.expiresAt().map(Instant::toString).orElse(null));
    return fields;
  }

  private UserAccount requireAccount(Username owner) {
    return accounts.find(owner).orElseThrow(() -> NotFound.of("user", owner.value()));
  }
}
