package io.hindsight.postmortem.domain;

import io.hindsight.platform.refusal.FieldRefused;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * The numbers of an incident's impact, each where known: users affected, failed requests, and the
 * cost in a currency. The duration comes from the incident itself.
 */
@Embeddable
public class ImpactFigures {

  private static final BigDecimal MAX_COST = new BigDecimal("100000000000000000");

  @Column(name = "impact_users")
  private Long users;

  @Column(name = "impact_requests")
  private Long failedRequests;

  @Column(name = "impact_cost", precision = 19, scale = 2)
  private BigDecimal cost;

  @Column(name = "impact_currency", length = 3)
  private String currency;

  protected ImpactFigures() {}

  public static ImpactFigures unknown() {
    return new ImpactFigures();
  }

  /**
   * @throws FieldRefused for a negative number, a cost without a currency or an unknown currency
   *     code
   */
  public static ImpactFigures of(
      Long users, Long failedRequests, BigDecimal cost, String currencyCode) {
    ImpactFigures figures = new ImpactFigures();
    figures.users = notNegative("impact.users", users);
    figures.failedRequests = notNegative("impact.failedRequests", failedRequests);
    if (cost != null) {
      if (cost.signum() < 0 || cost.compareTo(MAX_COST) >= 0 || cost.scale() > 2) {
        throw FieldRefused.field(
            "impact.cost", "The cost is a non-negative amount with at most two decimals.");
      }
      if (currencyCode == null || currencyCode.isBlank()) {
        throw FieldRefused.field(
            "impact.currency", "Give the currency of the cost, for example EUR.");
      }
      figures.cost = cost;
      figures.currency = currency(currencyCode);
    } else if (currencyCode != null && !currencyCode.isBlank()) {
      throw FieldRefused.field("impact.cost", "A currency needs a cost.");
    }
    return figures;
  }

  private static Long notNegative(String field, Long value) {
    if (value != null && value < 0) {
      throw FieldRefused.field(field, "The number cannot be negative.");
    }
    return value;
  }

  private static String currency(String code) {
    String upper = code.strip().toUpperCase(Locale.ROOT);
    try {
      return Currency.getInstance(upper).getCurrencyCode();
    } catch (IllegalArgumentException e) {
      throw FieldRefused.field(
          "impact.currency", "The currency is an ISO 4217 code, for example EUR or USD.");
    }
  }

  public Optional<Long> users() {
    return Optional.ofNullable(users);
  }

  public Optional<Long> failedRequests() {
    return Optional.ofNullable(failedRequests);
  }

  public Optional<BigDecimal> cost() {
    return Optional.ofNullable(cost);
  }

  public Optional<String> currency() {
    return Optional.ofNullable(currency);
  }
}
