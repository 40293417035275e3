package io.hindsight.forge.domain;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where a file is shown on the web pages of a repository's forge, derived from the forge's API
 * address: GitHub's {@code api.github.com} is {@code github.com}, GitHub Enterprise drops {@code
 * /api/v3}, GitLab {@code /api/v4}, Gitea and Forgejo {@code /api/v1}.
 */
public final class ForgeFilePage {

  private ForgeFilePage() {}

  public static URI of(
      ForgeKind kind, URI apiUrl, ForgeProject project, String branch, String path) {
    String file = segments(branch) + "/" + segments(path);
    String route =
        switch (kind) {
          case GITHUB -> "/" + project.value() + "/blob/" + file;
          case GITLAB -> "/" + project.value() + "/-/blob/" + file;
          case GITEA -> "/" + project.value() + "/src/branch/" + file;
        };
    return URI.create(webBase(kind, apiUrl) + route);
  }

  private static String webBase(ForgeKind kind, URI apiUrl) {
    String host = apiUrl.getHost().toLowerCase(Locale.ROOT);
    String port = apiUrl.getPort() < 0 ? "" : ":" + apiUrl.getPort();
    if (kind == ForgeKind.GITHUB && host.equals("api.github.com")) {
      return "https://github.com";
    }
    String suffix =
        switch (kind) {
          case GITHUB -> "/api/v3";
          case GITLAB -> "/api/v4";
          case GITEA -> "/api/v1";
        };
    String path = apiUrl.getPath() == null ? "" : apiUrl.getPath().replaceAll("/+$", "");
    if (path.endsWith(suffix)) {
      path = path.substring(0, path.length() - suffix.length());
    }
    return apiUrl.getScheme().toLowerCase(Locale.ROOT) + "://" + host + port + path;
  }

  private static String segments(String slashSeparated) {
    return Arrays.stream(slashSeparated.split("/"))
        .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
        .collect(Collectors.joining("/"));
  }
}
