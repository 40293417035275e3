package io.hindsight.runbook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RemotePolicyTest {

  @TempDir Path temp;

  /** Names resolved as a fixed table; IP literals as themselves; anything else unknown. */
  private static final RemotePolicy.HostAddresses TABLE =
      host -> {
        Map<String, String> names =
            Map.of(
                "github.com", "140.82.121.4",
                "git.example.com", "93.184.216.34",
                "intranet.example.com", "10.1.2.3",
                "rebound.example.com", "127.0.0.1",
                "metadata.example.com", "169.254.169.254");
        if (names.containsKey(host)) {
          return List.of(InetAddress.getByName(names.get(host)));
        }
        if (host.matches("[0-9.]+|.*:.*")) {
          return List.of(InetAddress.getByName(host));
        }
        throw new UnknownHostException(host);
      };

  private RemotePolicy defaults() {
    return RemotePolicy.builder()
        .schemes(List.of("https", "ssh", "http", "file"))
        .hosts(List.of("*"))
        .fileRoots(List.of(temp.resolve("data/repositories")))
        .build();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://github.com/acme/runbooks.git",
        "ssh://git@git.example.com/ops/runbooks.git",
        "http://git.example.com/ops/runbooks.git",
        "https://not-resolvable.invalid/x.git"
      })
  void publicHostsAreAllowedByDefault(String url) {
    assertThat(defaults().refusal(RemoteUrl.of(url), TABLE)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:9990/management",
        "https://localhost/x.git",
        "http://[::1]/x.git",
        "http://[::ffff:127.0.0.1]/x.git",
        "http://0.0.0.0:8080/x.git",
        "http://169.254.169.254/latest/meta-data",
        "http://metadata.example.com/x",
        "https://10.0.0.7/x.git",
        "https://172.16.5.4/x.git",
        "https://192.168.1.10/x.git",
        "https://100.64.0.1/x.git",
        "https://[fd00::1]/x.git",
        "https://[fe80::1]/x.git",
        "ssh://git@intranet.example.com/ops.git",
        "https://rebound.example.com/x.git"
      })
  void loopbackLinkLocalAndPrivateAddressesAreRefused(String url) {
    assertThat(defaults().refusal(RemoteUrl.of(url), TABLE))
        .get()
        .asString()
        .contains("loopback, link-local or private address");
  }

  @Test
  void theOperatorAllowsInternalHostsByNameOrRange() {
    RemotePolicy policy =
        RemotePolicy.builder()
            .schemes(List.of("https", "ssh"))
            .hosts(List.of("*"))
            .internal(List.of("intranet.example.com", "192.168.0.0/16", "::1"))
            .build();
    assertThat(policy.refusal(RemoteUrl.of("ssh://git@intranet.example.com/ops.git"), TABLE))
        .isEmpty();
    assertThat(policy.refusal(RemoteUrl.of("https://192.168.1.10/x.git"), TABLE)).isEmpty();
    assertThat(policy.refusal(RemoteUrl.of("https://[::1]/x.git"), TABLE)).isEmpty();
    assertThat(policy.refusal(RemoteUrl.of("https://192.169.1.10/x.git"), TABLE)).isEmpty();
    assertThat(policy.refusal(RemoteUrl.of("https://10.0.0.7/x.git"), TABLE)).isPresent();
    assertThat(policy.refusal(RemoteUrl.of("https://127.0.0.1/x.git"), TABLE)).isPresent();
  }

  @Test
  void onlyTheAllowedSchemesAndHosts() {
    RemotePolicy policy =
        RemotePolicy.builder()
            .schemes(List.of("https"))
            .hosts(List.of("github.com", "*.example.com"))
            .build();
    assertThat(policy.refusal(RemoteUrl.of("https://github.com/a/b.git"), TABLE)).isEmpty();
    assertThat(policy.refusal(RemoteUrl.of("https://git.example.com/a/b.git"), TABLE)).isEmpty();
    assertThat(policy.refusal(RemoteUrl.of("https://example.com/a/b.git"), TABLE))
        .get()
        .asString()
        .contains("not one of the Git hosts");
    assertThat(policy.refusal(RemoteUrl.of("https://gitlab.com/a/b.git"), TABLE)).isPresent();
    assertThat(policy.refusal(RemoteUrl.of("ssh://git@github.com/a/b.git"), TABLE))
        .get()
        .asString()
        .isEqualTo("ssh:// remotes are not allowed on this server (allowed: https).");
    assertThat(policy.refusal(RemoteUrl.of("file:///srv/git/a.git"), TABLE)).isPresent();
  }

  @Test
  void fileRemotesOnlyUnderTheRoots() throws IOException {
    Path root = Files.createDirectories(temp.resolve("data/repositories"));
    Files.createDirectories(temp.resolve("secret"));
    Files.createSymbolicLink(root.resolve("escape.git"), temp.resolve("secret"));
    RemotePolicy policy = defaults();
    assertThat(policy.refusal(RemoteUrl.of("file://" + root.resolve("sample.git")), TABLE))
        .isEmpty();
    assertThat(policy.refusal(RemoteUrl.of("file://" + root.resolve("new/not-yet.git")), TABLE))
        .isEmpty();
    for (String outside :
        List.of(
            "file:///etc",
            "file:///root",
            "file://" + root + "/../../secret",
            "file://" + temp.resolve("data/repositories-other/x.git"),
            "file://" + root.resolve("escape.git"),
            "file://host" + root.resolve("sample.git"))) {
      assertThat(policy.refusal(RemoteUrl.of(outside), TABLE)).as(outside).isPresent();
    }
  }

  @Test
  void tokensNeverOverPlainHttpUnlessTheOperatorAllowsThatHost() {
    RemotePolicy policy = RemotePolicy.builder().plainHttpTokenHosts(List.of("Git.Local")).build();
    assertThat(
            policy.credentialRefusal(
                RemoteUrl.of("http://git.local:8080/x.git"), CredentialKind.TOKEN))
        .isEmpty();
    assertThat(
            policy.credentialRefusal(
                RemoteUrl.of("http://git.example.com/x.git"), CredentialKind.TOKEN))
        .contains("A token is sent only over https://, never over plain http://.");
    assertThat(
            RemotePolicy.builder()
                .build()
                .credentialRefusal(
                    RemoteUrl.of("http://git.example.com/x.git"), CredentialKind.TOKEN))
        .contains("A token is sent only over https://, never over plain http://.");
    assertThat(
            policy.credentialRefusal(
                RemoteUrl.of("https://git.example.com/x.git"), CredentialKind.TOKEN))
        .isEmpty();
    assertThat(
            policy.credentialRefusal(
                RemoteUrl.of("http://git.example.com/x.git"), CredentialKind.NONE))
        .isEmpty();
  }

  @Test
  void badSettingsAreRefusedWhenRead() {
    assertThatThrownBy(() -> RemotePolicy.builder().schemes(List.of("ftp")))
        .hasMessageContaining("ftp");
    assertThatThrownBy(() -> RemotePolicy.builder().internal(List.of("10.0.0.0/40")))
        .hasMessageContaining("10.0.0.0/40");
    assertThatThrownBy(() -> RemotePolicy.builder().internal(List.of("intranet/8")))
        .hasMessageContaining("intranet/8");
  }

  @Test
  void aCredentialStaysOnlyWithTheSameSchemeHostAndPort() {
    RemoteUrl url = RemoteUrl.of("https://git.example.com/ops/runbooks.git");
    assertThat(url.sameHostAs(RemoteUrl.of("https://GIT.example.com:443/ops/other.git"))).isTrue();
    assertThat(url.sameHostAs(RemoteUrl.of("https://evil.example.net/ops/runbooks.git"))).isFalse();
    assertThat(url.sameHostAs(RemoteUrl.of("https://git.example.com:8443/ops/runbooks.git")))
        .isFalse();
    assertThat(url.sameHostAs(RemoteUrl.of("http://git.example.com/ops/runbooks.git"))).isFalse();
  }

  @Test
  void fetchLimitsInMegabytes() {
    assertThat(FetchLimits.of(100, 5000).maxPackBytes()).isEqualTo(100L * 1024 * 1024);
    assertThat(FetchLimits.of(2, 1).packSize()).isEqualTo("2 MB");
    assertThat(new FetchLimits(1000, 1).packSize()).isEqualTo("1000 bytes");
    assertThatThrownBy(() -> FetchLimits.of(0, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FetchLimits.of(10, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
