package io.hindsight.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.OverHttp;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Sign-in throttling that strangers cannot turn against a user, sessions, tokens and quiet
 * refusals, over HTTP. The test server trusts 127.0.0.1 as a reverse proxy, so each request names
 * its client in {@code X-Forwarded-For}.
 */
class SecurityHardeningIT extends OverHttp {

  @Test
  void sixWrongPasswordsFromOneClientDoNotStopTheRightPasswordFromAnother() {
    String user = createUser("Pw-" + UUID.randomUUID());
    for (int attempt = 0; attempt < 7; attempt++) {
      assertThat(me(user, "wrong-" + attempt, "198.51.100.7").status()).isIn(401, 429);
    }
    assertThat(me(user, PASSWORD, "198.51.100.7").status()).isEqualTo(429);

    ApiClient.Reply fromElsewhere = me(user, PASSWORD, "203.0.113.20");

    assertThat(fromElsewhere.status()).as(fromElsewhere.toString()).isEqualTo(200);
    assertThat(me(user, PASSWORD, "203.0.113.20").status()).isEqualTo(200);
  }

  @Test
  void aForgedForwardedHeaderFromAnUntrustedHopDoesNotHideTheGuesser() {
    String user = createUser("Pw-" + UUID.randomUUID());
    for (int attempt = 0; attempt < 7; attempt++) {
      me(user, "wrong-" + attempt, "6.6.6." + attempt + ", 198.51.100.8");
    }

    assertThat(me(user, PASSWORD, "1.1.1.1, 198.51.100.8").status()).isEqualTo(429);
  }

  static final String PASSWORD = "the-right-password-1";

  private String createUser(String prefix) {
    String name = prefix.toLowerCase().substring(0, 20);
    ApiClient.Reply created =
        api("admin")
            .post(
                "api/v1/users",
                "{\"username\":\""
                    + name
                    + "\",\"password\":\""
                    + PASSWORD
                    + "\",\"roles\":[\"viewer\"]}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return name;
  }

  private ApiClient.Reply me(String user, String password, String forwardedFor) {
    ApiClient client = new ApiClient(base).basic(user, password);
    return client.raw(client.request("api/v1/me").header("X-Forwarded-For", forwardedFor).GET());
  }
}
