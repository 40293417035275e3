package io.hindsight.runbook.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The address of a runbook repository's remote: {@code file}, {@code http}, {@code https} or {@code
 * ssh}, with no user information (credentials are stored apart, encrypted).
 */
public record RemoteUrl(String value) {

  public static final int MAX_LENGTH = 2000;

  private static final Set<String> SCHEMES = Set.of("file", "http", "https", "ssh");

  public RemoteUrl {
    Objects.requireNonNull(value, "value");
    String problem = problemWith(value);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  public static RemoteUrl of(String value) {
    return new RemoteUrl(value);
  }

  public String scheme() {
    return URI.create(value).getScheme().toLowerCase(Locale.ROOT);
  }

  public boolean isHttp() {
    return scheme().startsWith("http");
  }

  /** Whether the remote is reached over plain, unencrypted {@code http://}. */
  public boolean isPlainHttp() {
    return scheme().equals("http");
  }

  /**
   * The host, lower case and without the brackets of an IPv6 literal; empty for {@code file://}.
   */
  public String host() {
    String host = URI.create(value).getHost();
    if (host == null) {
      return "";
    }
    String lower = host.toLowerCase(Locale.ROOT);
    return lower.startsWith("[") && lower.endsWith("]")
        ? lower.substring(1, lower.length() - 1)
        : lower;
  }

  /** The path of the URL, for a {@code file://} remote the directory on this machine. */
  public String path() {
    return URI.create(value).getPath();
  }

  /**
   * Whether a credential stored for this remote may be sent to {@code other}: same scheme, host and
   * port.
   */
  public boolean sameHostAs(RemoteUrl other) {
    return scheme().equals(other.scheme()) && host().equals(other.host()) && port() == other.port();
  }

  private int port() {
    int port = URI.create(value).getPort();
    if (port != -1) {
      return port;
    }
    return switch (scheme()) {
      case "https" -> 443;
      case "http" -> 80;
      case "ssh" -> 22;
      default -> -1;
    };
  }

  @Override
  public String toString() {
    return value;
  }

  private static String problemWith(String value) {
    if (value.isBlank() || value.length() > MAX_LENGTH) {
      return "A remote URL has 1 to " + MAX_LENGTH + " characters.";
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i)) || Character.isWhitespace(value.charAt(i))) {
        return "A remote URL must not contain spaces or control characters.";
      }
    }
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      return "Not a valid URL: use file://, http://, https:// or ssh://.";
    }
    if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
      return "Only file://, http://, https:// and ssh:// remotes are supported.";
    }
    if (uri.isOpaque() || uri.getPath() == null || uri.getPath().isEmpty()) {
      return "The URL must name a repository path.";
    }
    boolean file = uri.getScheme().equalsIgnoreCase("file");
    if (!file && (uri.getHost() == null || uri.getHost().isEmpty())) {
      return "The URL must name a host.";
    }
    if (uri.getRawUserInfo() != null && !uri.getScheme().equalsIgnoreCase("ssh")) {
      return "Put credentials in the credential field, not in the URL.";
    }
    if (uri.getRawUserInfo() != null && uri.getRawUserInfo().contains(":")) {
      return "Put credentials in the credential field, not in the URL.";
    }
    if (uri.getQuery() != null || uri.getFragment() != null) {
      return "A remote URL has no query or fragment.";
    }
    return null;
  }
}
