package io.hindsight.security.application;

import io.hindsight.security.domain.PasswordHasher;
import io.hindsight.security.domain.UserAccount;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Checks passwords and API tokens against the database. An unknown user costs as much time as a
 * wrong password, and both answer the same, so that nobody can learn which accounts exist.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

  @Inject UserAccounts accounts;
  @Inject ApiTokenService tokens;
  @Inject PasswordHasher hasher;

  @Override
  @Transactional
  public CredentialValidationResult validate(Credential credential) {
    if (credential instanceof UsernamePasswordCredential password) {
      return validatePassword(password);
    }
    if (credential instanceof ApiTokenCredential token) {
      return tokens
          .authenticate(token.secret())
          .map(DatabaseIdentityStore::valid)
          .orElse(CredentialValidationResult.INVALID_RESULT);
    }
    return CredentialValidationResult.NOT_VALIDATED_RESULT;
  }

  private CredentialValidationResult validatePassword(UsernamePasswordCredential credential) {
    char[] password = credential.getPassword().getValue();
    Optional<UserAccount> account =
        Username.parse(credential.getCaller()).flatMap(accounts::find).filter(UserAccount::enabled);
    if (account.isEmpty()) {
      hasher.verifyAgainstDummy(password);
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!hasher.verify(password, account.get().passwordHash())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (hasher.needsRehash(account.get().passwordHash())) {
      account.get().changePasswordHash(hasher.hash(password));
    }
    return valid(account.get());
  }

  private static CredentialValidationResult valid(UserAccount account) {
    return new CredentialValidationResult(account.username().value(), account.groups());
  }
}
