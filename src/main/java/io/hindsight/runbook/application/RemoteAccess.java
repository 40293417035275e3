package io.hindsight.runbook.application;

import io.hindsight.platform.config.HindsightConfig;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.runbook.domain.CredentialKind;
import io.hindsight.runbook.domain.FetchLimits;
import io.hindsight.runbook.domain.RemotePolicy;
import io.hindsight.runbook.domain.RemoteUrl;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.SyncFailure;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The operator's rules for remotes ({@code hindsight.remotes.*}): which ones may be registered and
 * fetched from, and how much one fetch may bring, by default and per repository.
 */
@ApplicationScoped
public class RemoteAccess {

  static final String MAX_PACK_MB = "max-pack-mb";
  static final String MAX_OBJECTS = "max-objects";

  @Inject HindsightConfig hindsight;
  @Inject Config config;

  @Inject
  @ConfigProperty(name = "hindsight.remotes.schemes", defaultValue = "https,ssh,http,file")
  List<String> schemes;

  @Inject
  @ConfigProperty(name = "hindsight.remotes.hosts", defaultValue = "*")
  List<String> hosts;

  @Inject
  @ConfigProperty(name = "hindsight.remotes.internal-hosts")
  Optional<List<String>> internalHosts;

  @Inject
  @ConfigProperty(name = "hindsight.remotes.file-roots")
  Optional<List<String>> fileRoots;

  @Inject
  @ConfigProperty(name = "hindsight.remotes.http-token-hosts")
  Optional<List<String>> plainHttpTokenHosts;

  @Inject
  @ConfigProperty(name = "hindsight.remotes." + MAX_PACK_MB, defaultValue = "100")
  long maxPackMegabytes;

  @Inject
  @ConfigProperty(name = "hindsight.remotes." + MAX_OBJECTS, defaultValue = "100000")
  long maxObjects;

  private RemotePolicy policy;

  @PostConstruct
  void readPolicy() {
    List<Path> roots =
        fileRoots
            .map(paths -> paths.stream().map(String::strip).map(Path::of).toList())
            .orElseGet(() -> List.of(hindsight.repositoriesDirectory()));
    policy =
        RemotePolicy.builder()
            .schemes(schemes)
            .hosts(hosts)
            .internal(internalHosts.orElse(List.of()))
            .fileRoots(roots)
            .plainHttpTokenHosts(plainHttpTokenHosts.orElse(List.of()))
            .build();
  }

  /**
   * Refuses, naming the field, a remote an admin may not register.
   *
   * @throws FieldRefused for {@code url}
   */
  public void checkRegistration(Optional<RemoteUrl> remote) {
    if (remote.isEmpty()) {
      return;
    }
    policy
        .refusal(remote.get(), RemotePolicy.HostAddresses.DNS)
        .ifPresent(
            refusal -> {
              throw FieldRefused.field("url", refusal);
            });
  }

  /**
   * Refuses, naming the field, a credential the remote may not be sent: a token over plain {@code
   * http://}, unless the operator allows that host.
   *
   * @throws FieldRefused for {@code credential.kind}
   */
  public void checkCredential(Optional<RemoteUrl> remote, CredentialKind kind) {
    remote
        .flatMap(url -> policy.credentialRefusal(url, kind))
        .ifPresent(
            refusal -> {
              throw FieldRefused.field("credential.kind", refusal);
            });
  }

  /**
   * Refuses a fetch the rules forbid now: they or the host's addresses may have changed since the
   * repository was registered.
   *
   * @throws SyncFailedException as {@link SyncFailure#REFUSED_BY_POLICY}
   */
  public void checkFetch(RemoteUrl remote, CredentialKind kind) {
    Optional<String> refusal =
        policy
            .refusal(remote, RemotePolicy.HostAddresses.DNS)
            .or(() -> policy.credentialRefusal(remote, kind));
    if (refusal.isPresent()) {
      throw new SyncFailedException(SyncFailure.REFUSED_BY_POLICY, refusal.get());
    }
  }

  /**
   * The limits of one fetch of {@code key}: {@code hindsight.remotes.<key>.max-pack-mb} and {@code
   * .max-objects} when the operator set them, else the defaults.
   */
  public FetchLimits limitsFor(RepositoryKey key) {
    String prefix = "hindsight.remotes." + key.value() + ".";
    long pack = config.getOptionalValue(prefix + MAX_PACK_MB, Long.class).orElse(maxPackMegabytes);
    long objects = config.getOptionalValue(prefix + MAX_OBJECTS, Long.class).orElse(maxObjects);
    return FetchLimits.of(pack, objects);
  }
}
