package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * Turns relative links between runbooks into links to Hindsight's runbook page; leaves others
 * alone.
 */
final class RunbookLinks implements UnaryOperator<String> {

  private final RepositoryKey repository;
  private final RunbookPath from;

  RunbookLinks(RepositoryKey repository, RunbookPath from) {
    this.repository = repository;
    this.from = from;
  }

  @Override
  public String apply(String destination) {
    if (destination.isEmpty() || destination.startsWith("#") || destination.contains(":")) {
      return destination;
    }
    int hash = destination.indexOf('#');
    String fragment = hash < 0 ? "" : destination.substring(hash);
    return from.resolveSibling(destination)
        .map(target -> pageOf(repository, target) + fragment)
        .orElse(destination);
  }

  static String pageOf(RepositoryKey repository, RunbookPath path) {
    return "/runbook.xhtml?repo="
        + repository.value()
        + "&path="
        + URLEncoder.encode(path.value(), StandardCharsets.UTF_8);
  }
}
