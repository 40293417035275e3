package io.hindsight.security.web;

import io.hindsight.platform.paging.ResultPage;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.security.application.AuditLog;
import io.hindsight.security.application.AuditRecord;
import io.hindsight.security.domain.AuditFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The admins' audit trail: every recorded change, newest first, filtered by who, what and when (the
 * query string, so a filtered trail can be linked and exported), 50 a page.
 */
@Named
@RequestScoped
public class AuditPage {

  static final int PAGE_SIZE = 50;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private static final List<String> KINDS =
      List.of(
          "user",
          "token",
          "repository",
          "escalation-contact",
          "severity-policy",
          "template",
          "incident",
          "postmortem",
          "action-item",
          "review",
          "change-request");

  @Inject AuditLog log;

  private final Map<String, String> params = new LinkedHashMap<>();
  private String page;
  private int pageNumber = 1;
  private ResultPage<AuditRecord> shown = new ResultPage<>(List.of(), 0, PAGE_SIZE, 0);

  /** Reads the filters of the query string; a bad one is named and shows nothing. */
  public void load() {
    pageNumber = 1;
    boolean refused = false;
    if (page != null && !page.isBlank()) {
      try {
        pageNumber = Integer.parseInt(page.strip());
      } catch (NumberFormatException e) {
        pageNumber = 0;
      }
      if (pageNumber < 1 || pageNumber > 100_000) {
        FacesMessages.error("The page must be a number from 1.");
        pageNumber = 1;
        refused = true;
      }
    }
    AuditFilter filter;
    try {
      filter = AuditFilter.parse(name -> Optional.ofNullable(params.get(name)));
    } catch (FieldRefused bad) {
      bad.errors().forEach(e -> FacesMessages.error(e.sentence()));
      return;
    }
    if (!refused) {
      shown = log.page(filter, pageNumber - 1, PAGE_SIZE);
    }
  }

  public List<AuditRecord> getEntries() {
    return shown.items();
  }

  public long getTotal() {
    return shown.total();
  }

  public int getPageNumber() {
    return pageNumber;
  }

  public long getPages() {
    return Math.max(1, (shown.total() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  /** The trail's address with the current filters and page {@code number}. */
  public String pageLink(int number) {
    return "audit.xhtml?page=" + number + filterQuery();
  }

  /** The export's address with the current filters. */
  public String exportLink(String format) {
    return "audit-export?format=" + format + filterQuery();
  }

  private String filterQuery() {
    StringBuilder query = new StringBuilder();
    params.forEach(
        (name, value) -> {
          if (value != null && !value.isBlank()) {
            query.append('&').append(name).append('=');
            query.append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
          }
        });
    return query.toString();
  }

  /** An instant as the trail shows it: UTC, to the second. */
  public String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  /** The kinds of subject the trail records, for the "what" filter. */
  public List<String> getKinds() {
    return KINDS;
  }

  public String getActor() {
    return params.get("actor");
  }

  public void setActor(String value) {
    params.put("actor", value);
  }

  public String getKind() {
    return params.get("kind");
  }

  public void setKind(String value) {
    params.put("kind", value);
  }

  public String getSubject() {
    return params.get("subject");
  }

  public void setSubject(String value) {
    params.put("subject", value);
  }

  public String getAction() {
    return params.get("action");
  }

  public void setAction(String value) {
    params.put("action", value);
  }

  public String getFrom() {
    return params.get("from");
  }

  public void setFrom(String value) {
    params.put("from", value);
  }

  public String getTo() {
    return params.get("to");
  }

  public void setTo(String value) {
    params.put("to", value);
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
