package io.hindsight.runbook.application;

import io.hindsight.platform.markdown.DocumentLinks;
import io.hindsight.runbook.domain.ImageType;
import io.hindsight.runbook.domain.LinkTargets;
import io.hindsight.runbook.domain.RelativeLink;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookFolder;
import io.hindsight.runbook.domain.RunbookPath;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The links of one runbook as rendered: relative links to runbooks become links to Hindsight's
 * runbook page, links and images to images of the repository are served from it, and links to files
 * the repository does not have are marked. External links are left alone.
 */
final class RunbookLinks implements DocumentLinks {

  private final RepositoryKey repository;
  private final RunbookPath from;
  private final LinkTargets files;
  private final RunbookFolder folder;

  RunbookLinks(
      RepositoryKey repository, RunbookPath from, LinkTargets files, RunbookFolder folder) {
    this.repository = repository;
    this.from = from;
    this.files = files;
    this.folder = folder;
  }

  @Override
  public LinkTarget link(String destination) {
    if (destination.isEmpty() || destination.startsWith("#")) {
      return LinkTarget.to(destination);
    }
    Optional<RelativeLink.Resolution> resolution = RelativeLink.resolve(from, destination);
    if (resolution.isEmpty()) {
      return LinkTarget.to(destination);
    }
    if (resolution.get().link().isEmpty()) {
      return LinkTarget.missing(destination, "This link points outside the repository.");
    }
    Optional<String> target = resolution.get().link().get().path().filter(p -> !p.isEmpty());
    if (target.isEmpty()) {
      return LinkTarget.to(destination);
    }
    if (!files.exists(target.get())) {
      return LinkTarget.missing(destination, "No file " + target.get() + " in the repository.");
    }
    int hash = destination.indexOf('#');
    String fragment = hash < 0 ? "" : destination.substring(hash);
    Optional<RunbookPath> runbook =
        RunbookPath.parse(target.get()).filter(path -> folder.contains(path.value()));
    if (runbook.isPresent()) {
      return LinkTarget.to(pageOf(repository, runbook.get()) + fragment);
    }
    return LinkTarget.to(servedImage(target.get()).orElse(destination));
  }

  @Override
  public String image(String destination) {
    return RelativeLink.resolve(from, destination)
        .flatMap(RelativeLink.Resolution::link)
        .flatMap(RelativeLink::path)
        .filter(files::containsFile)
        .flatMap(this::servedImage)
        .orElse(destination);
  }

  private Optional<String> servedImage(String path) {
    return files.containsFile(path) && ImageType.of(path).isPresent()
        ? Optional.of(fileOf(repository, path))
        : Optional.empty();
  }

  static String pageOf(RepositoryKey repository, RunbookPath path) {
    return "/runbook.xhtml?repo=" + repository.value() + "&path=" + encode(path.value());
  }

  /** The address {@code RepositoryFileServlet} serves a file of the repository at. */
  static String fileOf(RepositoryKey repository, String path) {
    return "/runbook-file?repo=" + repository.value() + "&path=" + encode(path);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
