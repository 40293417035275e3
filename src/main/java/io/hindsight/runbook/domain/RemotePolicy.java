package io.hindsight.runbook.domain;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which remotes this server may fetch from, as its operator set it: the allowed schemes, the
 * allowed hosts, the hosts or address ranges allowed although they are loopback, link-local or
 * private addresses, and the directories {@code file://} remotes must lie under. {@link #refusal}
 * says why a remote is refused, in words for the admin who entered it.
 */
public final class RemotePolicy {

  /** Finds a host's addresses; an IP literal is its own address, without a lookup. */
  @FunctionalInterface
  public interface HostAddresses {

    HostAddresses DNS = host -> List.of(InetAddress.getAllByName(host));

    List<InetAddress> of(String host) throws UnknownHostException;
  }

  private final Set<String> schemes;
  private final List<String> hosts;
  private final List<String> internalHosts;
  private final List<AddressRange> internalRanges;
  private final List<Path> fileRoots;
  private final Set<String> plainHttpTokenHosts;

  private RemotePolicy(Builder builder) {
    this.schemes = Set.copyOf(builder.schemes);
    this.hosts = List.copyOf(builder.hosts);
    this.internalHosts = List.copyOf(builder.internalHosts);
    this.internalRanges = List.copyOf(builder.internalRanges);
    this.fileRoots = builder.fileRoots.stream().map(RemotePolicy::canonical).toList();
    this.plainHttpTokenHosts = Set.copyOf(builder.plainHttpTokenHosts);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Why {@code remote} may not be fetched from, or empty when it may. A host that does not resolve
   * now is not refused here: the fetch itself then fails, and the addresses are checked again
   * before every fetch.
   */
  public Optional<String> refusal(RemoteUrl remote, HostAddresses addresses) {
    String scheme = remote.scheme();
    if (!schemes.contains(scheme)) {
      return Optional.of(
          scheme
              + ":// remotes are not allowed on this server (allowed: "
              + allowedSchemes()
              + ").");
    }
    if (scheme.equals("file")) {
      return fileRefusal(remote);
    }
    String host = remote.host();
    if (hosts.stream().noneMatch(pattern -> matches(pattern, host))) {
      return Optional.of("The host " + host + " is not one of the Git hosts this server allows.");
    }
    if (internalHosts.stream().anyMatch(pattern -> matches(pattern, host))) {
      return Optional.empty();
    }
    if (host.equals("localhost") || host.endsWith(".localhost")) {
      return Optional.of(internal(host, "loopback"));
    }
    List<InetAddress> resolved;
    try {
      resolved = addresses.of(host);
    } catch (UnknownHostException unknown) {
      return Optional.empty();
    }
    for (InetAddress address : resolved) {
      if (InternalAddresses.isInternal(address)
          && internalRanges.stream().noneMatch(r -> r.contains(address))) {
        return Optional.of(internal(host, address.getHostAddress()));
      }
    }
    return Optional.empty();
  }

  private static String internal(String host, String address) {
    return "The host "
        + host
        + " is a loopback, link-local or private address ("
        + address
        + "), which this server does not fetch from unless its operator allows it.";
  }

  /** Why a credential of {@code kind} may not be sent to {@code remote}, or empty. */
  public Optional<String> credentialRefusal(RemoteUrl remote, CredentialKind kind) {
    if (kind == CredentialKind.TOKEN
        && remote.isPlainHttp()
        && !plainHttpTokenHosts.contains(remote.host().toLowerCase(Locale.ROOT))) {
      return Optional.of("A token is sent only over https://, never over plain http://.");
    }
    return Optional.empty();
  }

  private Optional<String> fileRefusal(RemoteUrl remote) {
    if (!remote.host().isEmpty()) {
      return Optional.of("A file:// remote names no host: file:///path/to/repository.git.");
    }
    Path path = canonical(Path.of(remote.path()));
    if (fileRoots.stream().anyMatch(path::startsWith)) {
      return Optional.empty();
    }
    return Optional.of(
        "A file:// remote must lie under one of the directories this server allows for them.");
  }

  private String allowedSchemes() {
    return String.join(", ", schemes.stream().sorted().toList());
  }

  private static boolean matches(String pattern, String host) {
    if (pattern.equals("*")) {
      return true;
    }
    if (pattern.startsWith("*.")) {
      return host.endsWith(pattern.substring(1));
    }
    return pattern.equals(host);
  }

  /** The path with symbolic links of its existing part resolved, so that none leads outside. */
  static Path canonical(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    Deque<Path> missing = new ArrayDeque<>();
    while (existing != null && !Files.exists(existing)) {
      missing.push(existing.getFileName());
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      Path real = existing.toRealPath();
      while (!missing.isEmpty()) {
        real = real.resolve(missing.pop());
      }
      return real.normalize();
    } catch (IOException unreadable) {
      return absolute;
    }
  }

  /** Collects the operator's settings; every list is read as written, without empty entries. */
  public static final class Builder {

    private final Set<String> schemes = new LinkedHashSet<>();
    private final List<String> hosts = new ArrayList<>();
    private final List<String> internalHosts = new ArrayList<>();
    private final List<AddressRange> internalRanges = new ArrayList<>();
    private final List<Path> fileRoots = new ArrayList<>();
    private final List<String> plainHttpTokenHosts = new ArrayList<>();

    private Builder() {}

    public Builder schemes(Collection<String> values) {
      for (String scheme : cleaned(values)) {
        if (!Set.of("file", "http", "https", "ssh").contains(scheme)) {
          throw new IllegalArgumentException(
              "Not a remote scheme: " + scheme + " (file, http, https or ssh).");
        }
        schemes.add(scheme);
      }
      return this;
    }

    /** Host names, {@code *.example.com} for its subdomains, or {@code *} for any host. */
    public Builder hosts(Collection<String> values) {
      hosts.addAll(cleaned(values));
      return this;
    }

    /**
     * Hosts (as for {@link #hosts}) or address ranges allowed although they are loopback,
     * link-local or private addresses.
     */
    public Builder internal(Collection<String> values) {
      for (String value : cleaned(values)) {
        try {
          internalRanges.add(AddressRange.parse(value));
        } catch (UnknownHostException | NumberFormatException notAnAddress) {
          if (value.contains("/")) {
            throw new IllegalArgumentException("Not an address range: " + value);
          }
          internalHosts.add(value);
        }
      }
      return this;
    }

    public Builder fileRoots(Collection<Path> roots) {
      fileRoots.addAll(roots);
      return this;
    }

    /**
     * Host names (exactly) to which the operator lets a token travel over plain {@code http://},
     * such as a Git server on the same machine; none by default.
     */
    public Builder plainHttpTokenHosts(Collection<String> values) {
      plainHttpTokenHosts.addAll(cleaned(values));
      return this;
    }

    public RemotePolicy build() {
      return new RemotePolicy(this);
    }

    private static List<String> cleaned(Collection<String> values) {
      return values.stream()
          .map(value -> value.strip().toLowerCase(Locale.ROOT))
          .filter(value -> !value.isEmpty())
          .toList();
    }
  }
}
