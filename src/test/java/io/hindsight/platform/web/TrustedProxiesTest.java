package io.hindsight.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

  private static final Set<String> PROXY = TrustedProxies.of(List.of(" 10.0.0.2 ", "10.0.0.3", ""));

  @Test
  void aForwardedAddressIsBelievedOnlyFromATrustedProxy() {
    assertThat(address(Set.of(), "203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
    assertThat(address(PROXY, "203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
    assertThat(address(PROXY, "10.0.0.2", "198.51.100.1")).isEqualTo("198.51.100.1");
  }

  @Test
  void theClientIsTheLastHopNoTrustedProxyAdded() {
    assertThat(address(PROXY, "10.0.0.2", "6.6.6.6, 198.51.100.1, 10.0.0.3"))
        .isEqualTo("198.51.100.1");
    assertThat(address(PROXY, "10.0.0.2", "10.0.0.3")).isEqualTo("10.0.0.3");
    assertThat(address(PROXY, "10.0.0.2", "2001:db8::1")).isEqualTo("2001:db8::1");
  }

  @Test
  void aForwardedValueThatIsNoAddressIsNotBelieved() {
    assertThat(address(PROXY, "10.0.0.2", "evil\nFailed login for 'admin'")).isEqualTo("10.0.0.2");
    assertThat(address(PROXY, "10.0.0.2", "")).isEqualTo("10.0.0.2");
  }

  private static String address(Set<String> trusted, String peer, String header) {
    return TrustedProxies.clientAddress(
        trusted, peer, Collections.enumeration(header == null ? List.of() : List.of(header)));
  }
}
