package io.hindsight.postmortem.web;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.postmortem.application.PostmortemView;
import io.hindsight.postmortem.domain.ContributingFactor;
import io.hindsight.postmortem.domain.FactorId;
import io.hindsight.postmortem.domain.ImpactFigures;
import io.hindsight.postmortem.domain.Postmortem;
import io.hindsight.postmortem.domain.PostmortemContent;
import io.hindsight.postmortem.domain.SectionKey;
import io.hindsight.security.domain.Username;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the author is editing, as the form holds it between requests: section texts, the timeline
 * picker, acknowledged warnings, factors, impact figures as typed, and authors.
 */
public final class EditorState implements Serializable {

  private static final long serialVersionUID = 1L;

  private long loadedVersion;
  private final Map<String, String> sections = new LinkedHashMap<>();
  private final Map<Long, Boolean> kept = new HashMap<>();
  private final Map<String, Boolean> acknowledgements = new HashMap<>();
  private final List<FactorRow> factors = new ArrayList<>();
  private String users;
  private String failedRequests;
  private String cost;
  private String currency;
  private String authors;

  void fill(Postmortem postmortem, PostmortemView view) {
    loadedVersion = postmortem.version();
    sections.clear();
    view.sections().forEach(section -> sections.put(section.key(), section.markdown()));
    kept.clear();
    view.timeline().forEach(entry -> kept.put(entry.id(), entry.kept()));
    acknowledgements.clear();
    postmortem.acknowledged().forEach(fingerprint -> acknowledgements.put(fingerprint, true));
    factors.clear();
    postmortem.factors().forEach(f -> factors.add(new FactorRow(f.id().value(), f.description())));
    ImpactFigures impact = postmortem.impact();
    users = impact.users().map(String::valueOf).orElse(null);
    failedRequests = impact.failedRequests().map(String::valueOf).orElse(null);
    cost = impact.cost().map(BigDecimal::toPlainString).orElse(null);
    currency = impact.currency().orElse(null);
    authors = String.join(", ", view.authors());
  }

  /** The content to save; refuses, by field, what the domain would not accept either. */
  PostmortemContent content() {
    Map<SectionKey, String> texts = new LinkedHashMap<>();
    sections.forEach((key, text) -> texts.put(SectionKey.of(key), text == null ? "" : text));
    List<ContributingFactor> contributing = new ArrayList<>();
    for (FactorRow row : factors) {
      FactorId id = FactorId.parse(row.getId()).orElseGet(FactorId::random);
      contributing.add(new ContributingFactor(id, row.getDescription()));
    }
    ImpactFigures impact =
        ImpactFigures.of(
            whole("impact.users", users, "users"),
            whole("impact.failedRequests", failedRequests, "failed requests"),
            amount(cost),
            currency);
    Set<Long> hidden = new TreeSet<>();
    kept.forEach(
        (entry, keep) -> {
          if (!Boolean.TRUE.equals(keep)) {
            hidden.add(entry);
          }
        });
    Set<String> acknowledged = new TreeSet<>();
    acknowledgements.forEach(
        (fingerprint, yes) -> {
          if (Boolean.TRUE.equals(yes)) {
            acknowledged.add(fingerprint);
          }
        });
    return new PostmortemContent(texts, contributing, impact, hidden, people(), acknowledged);
  }

  private Set<Username> people() {
    Set<Username> result = new LinkedHashSet<>();
    if (authors == null) {
      return result;
    }
    for (String name : authors.split("[,\\s]+")) {
      if (name.isBlank()) {
        continue;
      }
      result.add(
          Username.parse(name)
              .orElseThrow(
                  () ->
                      FieldRefused.field(
                          "authors", "\"" + shorten(name) + "\" is not a username.")));
    }
    return result;
  }

  private static Long whole(String field, String raw, String what) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(raw.strip().replace("_", ""));
    } catch (NumberFormatException e) {
      throw FieldRefused.field(
          field, "Enter the number of " + what + " as a whole number, or leave it empty.");
    }
  }

  private static BigDecimal amount(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(raw.strip());
    } catch (NumberFormatException e) {
      throw FieldRefused.field(
          "impact.cost", "Enter the cost as an amount like 1250.50, or leave it empty.");
    }
  }

  static String shorten(String raw) {
    return raw == null || raw.length() <= 40 ? String.valueOf(raw) : raw.substring(0, 40) + "…";
  }

  void rebase(long version) {
    loadedVersion = version;
  }

  long loadedVersion() {
    return loadedVersion;
  }

  String section(String key) {
    String text = sections.get(key);
    return text == null ? "" : text;
  }

  boolean acknowledged(WarningRow warning) {
    return Boolean.TRUE.equals(acknowledgements.get(warning.fingerprint()));
  }

  public long getLoadedVersion() {
    return loadedVersion;
  }

  public Map<String, String> getSections() {
    return sections;
  }

  public Map<Long, Boolean> getKept() {
    return kept;
  }

  public Map<String, Boolean> getAcknowledgements() {
    return acknowledgements;
  }

  public List<FactorRow> getFactors() {
    return factors;
  }

  public String getUsers() {
    return users;
  }

  public void setUsers(String users) {
    this.users = users;
  }

  public String getFailedRequests() {
    return failedRequests;
  }

  public void setFailedRequests(String failedRequests) {
    this.failedRequests = failedRequests;
  }

  public String getCost() {
    return cost;
  }

  public void setCost(String cost) {
    this.cost = cost;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public String getAuthors() {
    return authors;
  }

  public void setAuthors(String authors) {
    this.authors = authors;
  }
}
