package io.hindsight.runbook.application;

import io.hindsight.platform.refusal.FieldError;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.runbook.domain.LintFinding;
import io.hindsight.runbook.domain.LintRule;
import io.hindsight.runbook.domain.RunbookFolder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the lint report page's address asks for: the folder, the rule, the order and the page
 * (counted from 1), parsed refusing each bad parameter by name.
 */
public record LintReportAddress(
    RunbookFolder folder, Optional<LintRule> rule, Order sort, int page) {

  /** How findings are ordered: by file and line, by rule, or errors first. */
  public enum Order {
    PATH(Comparator.comparing((LintFinding f) -> f.path().value())),
    RULE(Comparator.comparing((LintFinding f) -> f.rule().id())),
    SEVERITY(Comparator.comparing((LintFinding f) -> f.severity().ordinal()));

    private final Comparator<LintFinding> order;

    Order(Comparator<LintFinding> first) {
      this.order =
          first
              .thenComparing(f -> f.path().value())
              .thenComparing(f -> f.line().orElse(0))
              .thenComparing(f -> f.rule().id());
    }

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    public Comparator<LintFinding> comparator() {
      return order;
    }
  }

  public static final LintReportAddress ALL =
      new LintReportAddress(RunbookFolder.ROOT, Optional.empty(), Order.PATH, 1);

  /**
   * @throws FieldRefused naming each parameter that is malformed
   */
  public static LintReportAddress parse(String folder, String rule, String sort, String page) {
    List<FieldError> errors = new ArrayList<>();
    RunbookFolder parsedFolder = null;
    try {
      parsedFolder = CatalogAddress.folder(folder);
    } catch (FieldRefused refused) {
      errors.addAll(refused.errors());
    }
    Optional<LintRule> parsedRule = Optional.empty();
    if (rule != null && !rule.isBlank()) {
      parsedRule =
          Arrays.stream(LintRule.values()).filter(r -> r.id().equals(rule.strip())).findFirst();
      if (parsedRule.isEmpty()) {
        errors.add(new FieldError("rule", "must be one of " + ids(LintRule.values())));
      }
    }
    Order order = Order.PATH;
    if (sort != null && !sort.isBlank()) {
      order =
          Arrays.stream(Order.values())
              .filter(o -> o.id().equals(sort.strip()))
              .findFirst()
              .orElse(null);
      if (order == null) {
        errors.add(new FieldError("sort", "must be one of path, rule, severity"));
      }
    }
    int number = 1;
    try {
      number = CatalogAddress.page(page);
    } catch (FieldRefused refused) {
      errors.addAll(refused.errors());
    }
    if (!errors.isEmpty()) {
      throw FieldRefused.of(errors);
    }
    return new LintReportAddress(parsedFolder, parsedRule, order, number);
  }

  private static String ids(LintRule[] rules) {
    return Arrays.stream(rules).map(LintRule::id).collect(Collectors.joining(", "));
  }

  public LintReportAddress atPage(int number) {
    return new LintReportAddress(folder, rule, sort, number);
  }

  public LintReportAddress inFolder(RunbookFolder other) {
    return new LintReportAddress(other, rule, sort, 1);
  }

  public LintReportAddress withRule(Optional<LintRule> other) {
    return new LintReportAddress(folder, other, sort, 1);
  }

  public LintReportAddress sortedBy(Order order) {
    return new LintReportAddress(folder, rule, order, 1);
  }

  /** The address's query for the repository {@code repo}, URL-encoded, defaults left out. */
  public String query(String repo) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("repo", repo);
    if (!folder.isRoot()) {
      parameters.put("folder", folder.value());
    }
    rule.ifPresent(value -> parameters.put("rule", value.id()));
    if (sort != Order.PATH) {
      parameters.put("sort", sort.id());
    }
    if (page != 1) {
      parameters.put("page", Integer.toString(page));
    }
    return parameters.entrySet().stream()
        .map(e -> e.getKey() + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
