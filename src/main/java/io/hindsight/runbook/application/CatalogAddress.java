package io.hindsight.runbook.application;

import io.hindsight.platform.refusal.FieldError;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.runbook.domain.LintFilter;
import io.hindsight.runbook.domain.RunbookFolder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What the catalog page's address asks for: the folder, the filters, the order and the page
 * (counted from 1). Parsed from the address's parameters, refusing each bad one by name, and
 * written back into addresses that keep all of it but what a link changes.
 *
 * @param folder the folder whose files (and those of its sub-folders) are listed; the root lists
 *     all of the repository's runbook folder
 */
public record CatalogAddress(
    RunbookFolder folder,
    Optional<String> text,
    Optional<LintFilter> lint,
    Optional<String> severity,
    RunbookOrder sort,
    int page) {

  public static final int MAX_PAGE = 100_000;
  static final int MAX_TEXT = 200;

  public static final CatalogAddress ALL =
      new CatalogAddress(
          RunbookFolder.ROOT,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          RunbookOrder.DEFAULT,
          1);

  /**
   * @throws FieldRefused naming each parameter that is malformed
   */
  public static CatalogAddress parse(
      String folder, String text, String lint, String severity, String sort, String page) {
    List<FieldError> errors = new ArrayList<>();
    RunbookFolder parsedFolder = read(errors, "folder", () -> folder(folder));
    Optional<String> parsedText = read(errors, "filter", () -> text("filter", text, MAX_TEXT));
    Optional<LintFilter> parsedLint = read(errors, "lint", () -> lint(lint));
    Optional<String> parsedSeverity =
        read(errors, "severity", () -> text("severity", severity, 100));
    RunbookOrder order = read(errors, "sort", () -> order(sort));
    Integer number = read(errors, "page", () -> page(page));
    if (!errors.isEmpty()) {
      throw FieldRefused.of(errors);
    }
    return new CatalogAddress(parsedFolder, parsedText, parsedLint, parsedSeverity, order, number);
  }

  /**
   * A folder parameter: relative to the repository root, without {@code ..}; absent is the root.
   */
  public static RunbookFolder folder(String raw) {
    try {
      return RunbookFolder.of(raw);
    } catch (IllegalArgumentException malformed) {
      throw FieldRefused.field("folder", malformed.getMessage());
    }
  }

  /** A sort parameter; absent is the default order. */
  public static RunbookOrder order(String raw) {
    if (raw == null || raw.isBlank()) {
      return RunbookOrder.DEFAULT;
    }
    return Optional.of(raw)
        .filter(text -> text.length() <= 20)
        .flatMap(RunbookOrder::parse)
        .orElseThrow(() -> FieldRefused.field("sort", "must be one of " + RunbookOrder.accepted()));
  }

  /** A lint parameter: a status, {@code findings} or a rule id; absent keeps every runbook. */
  public static Optional<LintFilter> lint(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(raw)
        .filter(text -> text.length() <= 100)
        .flatMap(LintFilter::parse)
        .map(Optional::of)
        .orElseThrow(() -> FieldRefused.field("lint", "must be " + LintFilter.accepted()));
  }

  /** A page parameter, from 1; absent is the first page. */
  public static int page(String raw) {
    if (raw == null || raw.isBlank()) {
      return 1;
    }
    try {
      int page = Integer.parseInt(raw.strip());
      if (page >= 1 && page <= MAX_PAGE) {
        return page;
      }
    } catch (NumberFormatException notANumber) {
      // refused below
    }
    throw FieldRefused.field("page", "must be a whole number from 1 to " + MAX_PAGE);
  }

  private static Optional<String> text(String field, String raw, int max) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String text = raw.strip();
    if (text.length() > max) {
      throw FieldRefused.field(field, "must have at most " + max + " characters");
    }
    return Optional.of(text);
  }

  private static <T> T read(List<FieldError> errors, String field, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (FieldRefused refused) {
      errors.addAll(refused.errors());
      return null;
    }
  }

  /** The runbooks of a repository this address lists, whatever the page. */
  public RunbookFilter filter(Long repositoryId) {
    return new RunbookFilter(
        Optional.of(repositoryId),
        Optional.empty(),
        Optional.empty(),
        severity,
        Optional.of(folder),
        text,
        lint);
  }

  /** Filters beyond the folder. */
  public boolean filtered() {
    return text.isPresent() || lint.isPresent() || severity.isPresent();
  }

  public CatalogAddress atPage(int number) {
    return new CatalogAddress(folder, text, lint, severity, sort, number);
  }

  /** The first page of another folder, with the same filters and order. */
  public CatalogAddress inFolder(RunbookFolder other) {
    return new CatalogAddress(other, text, lint, severity, sort, 1);
  }

  /** The first page in another order. */
  public CatalogAddress sortedBy(RunbookOrder order) {
    return new CatalogAddress(folder, text, lint, severity, order, 1);
  }

  /** The first page with another lint filter (or none). */
  public CatalogAddress withLint(Optional<LintFilter> filter) {
    return new CatalogAddress(folder, text, filter, severity, sort, 1);
  }

  /**
   * The address's query for the repository {@code repo}, URL-encoded, leaving out what is the
   * default: {@code repo=ops&folder=teams%2Fdb&sort=owner&page=2}.
   */
  public String query(String repo) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("repo", repo);
    if (!folder.isRoot()) {
      parameters.put("folder", folder.value());
    }
    text.ifPresent(value -> parameters.put("filter", value));
    lint.ifPresent(value -> parameters.put("lint", value.value()));
    severity.ifPresent(value -> parameters.put("severity", value));
    if (sort != RunbookOrder.DEFAULT) {
      parameters.put("sort", sort.id());
    }
    if (page != 1) {
      parameters.put("page", Integer.toString(page));
    }
    return parameters.entrySet().stream()
        .map(e -> e.getKey() + "=" + LintReportAddress.encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }
}
