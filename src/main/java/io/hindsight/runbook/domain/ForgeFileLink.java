package io.hindsight.runbook.domain;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a runbook's file is shown on its Git host, when the remote is on a public forge whose file
 * pages Hindsight knows: GitHub, GitLab, Bitbucket and Codeberg. Other hosts get no link.
 */
public final class ForgeFileLink {

  private ForgeFileLink() {}

  public static Optional<URI> of(RemoteUrl remote, String branch, RunbookPath path) {
    URI address = URI.create(remote.value());
    String scheme = address.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http") && !scheme.equals("ssh")) {
      return Optional.empty();
    }
    String host = address.getHost() == null ? "" : address.getHost().toLowerCase(Locale.ROOT);
    String project = projectOf(address.getPath());
    if (project.isEmpty() || !project.contains("/")) {
      return Optional.empty();
    }
    String file = segments(branch) + "/" + segments(path.value());
    return Optional.ofNullable(
            switch (host) {
              case "github.com" -> "/" + project + "/blob/" + file;
              case "gitlab.com" -> "/" + project + "/-/blob/" + file;
              case "bitbucket.org" -> "/" + project + "/src/" + file;
              case "codeberg.org" -> "/" + project + "/src/branch/" + file;
              default -> null;
            })
        .map(route -> URI.create("https://" + host + route));
  }

  private static String projectOf(String remotePath) {
    String project = remotePath == null ? "" : remotePath.replaceAll("^/+|/+$", "");
    return project.endsWith(".git") ? project.substring(0, project.length() - 4) : project;
  }

  private static String segments(String slashSeparated) {
    return Arrays.stream(slashSeparated.split("/"))
        .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
        .collect(Collectors.joining("/"));
  }
}
