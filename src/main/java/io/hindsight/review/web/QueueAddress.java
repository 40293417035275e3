package io.hindsight.review.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The review queue page's address: its filters, sort and page as view parameters, read back from a
 * postback's address, and written again for a redirect or a pager link.
 */
@Named
@RequestScoped
public class QueueAddress {

  private boolean mine;
  private boolean unassigned;
  private String owner;
  private boolean overdue;
  private boolean week;
  private boolean all;
  private String repo;
  private String reason;
  private String sort;
  private int page;
  private String badPage;

  static final int MAX_PAGE = 100_000;

  /** The parameters of the address a form posted to. */
  void readFrom(Map<String, String> address) {
    setMine(address.get("mine"));
    setUnassigned(address.get("unassigned"));
    setOwner(address.get("owner"));
    setOverdue(address.get("overdue"));
    setWeek(address.get("week"));
    setAll(address.get("all"));
    setRepo(address.get("repo"));
    setReason(address.get("reason"));
    setSort(address.get("sort"));
    setPage(address.get("page"));
  }

  /** The filters, sort and page as a query string to append, each starting with {@code &}. */
  String query() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("mine", getMine());
    params.put("unassigned", getUnassigned());
    params.put("owner", owner);
    params.put("overdue", getOverdue());
    params.put("week", getWeek());
    params.put("all", getAll());
    params.put("repo", repo);
    params.put("reason", reason);
    params.put("sort", sort);
    params.put("page", page > 0 ? String.valueOf(page) : null);
    StringBuilder query = new StringBuilder();
    params.forEach(
        (name, value) -> {
          if (value != null && !value.isBlank()) {
            query.append('&').append(name).append('=').append(encoded(value));
          }
        });
    return query.toString();
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The owner filter as it goes into a link. */
  public String getOwnerInAddress() {
    return owner == null ? "" : encoded(owner);
  }

  boolean mine() {
    return mine;
  }

  boolean unassigned() {
    return unassigned;
  }

  boolean overdue() {
    return overdue;
  }

  boolean week() {
    return week;
  }

  boolean all() {
    return all;
  }

  int page() {
    return page;
  }

  void page(int page) {
    this.page = page;
  }

  public String getMine() {
    return mine ? "true" : null;
  }

  public void setMine(String mine) {
    this.mine = "true".equals(mine);
  }

  public boolean isMineOn() {
    return mine;
  }

  public String getUnassigned() {
    return unassigned ? "true" : null;
  }

  public void setUnassigned(String unassigned) {
    this.unassigned = "true".equals(unassigned);
  }

  public boolean isUnassignedOn() {
    return unassigned;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public String getOverdue() {
    return overdue ? "true" : null;
  }

  public void setOverdue(String overdue) {
    this.overdue = "true".equals(overdue);
  }

  public boolean isOverdueOn() {
    return overdue;
  }

  public String getWeek() {
    return week ? "true" : null;
  }

  public void setWeek(String week) {
    this.week = "true".equals(week);
  }

  public boolean isWeekOn() {
    return week;
  }

  public String getAll() {
    return all ? "true" : null;
  }

  public void setAll(String all) {
    this.all = "true".equals(all);
  }

  public boolean isAllOn() {
    return all;
  }

  public String getRepo() {
    return repo;
  }

  public void setRepo(String repo) {
    this.repo = repo;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public String getPage() {
    return String.valueOf(page);
  }

  public void setPage(String raw) {
    badPage = null;
    try {
      page = raw == null || raw.isBlank() ? 0 : Integer.parseInt(raw.strip());
    } catch (NumberFormatException notANumber) {
      page = 0;
      badPage = raw;
      return;
    }
    if (page < 0 || page > MAX_PAGE) {
      page = 0;
      badPage = raw;
    }
  }

  /** The page as the address spelled it when it is no page (not a number, or out of range). */
  Optional<String> badPage() {
    return Optional.ofNullable(badPage);
  }

  public int getPageNumber() {
    return page;
  }
}
