package io.hindsight.notify.web;

import io.hindsight.notify.application.DeliveryLog;
import io.hindsight.notify.domain.DeliveryState;
import io.hindsight.notify.domain.NotificationKind;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The admins' delivery log: every message with its state, filtered by state, kind and recipient
 * (the query string, so a filtered log can be linked), 25 a page, with "retry now" for failed and
 * dead messages and "discard" for those not yet sent.
 */
@Named
@ViewScoped
public class DeliveriesPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 25;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  @Inject DeliveryLog log;

  private String paramState;
  private String paramKind;
  private String paramRecipient;
  private String page;
  private String state;
  private String kind;
  private String recipient;
  private int pageNumber = 1;
  private DeliveryLog.Page shown = new DeliveryLog.Page(List.of(), 0);

  /**
   * Reads the filters of the query string; a bad one is named and shows nothing. They are kept
   * apart from the query parameters, which a postback of the page does not carry (and which the
   * filter form's fields, processed on every postback, overwrite).
   */
  public void load() {
    state = paramState;
    kind = paramKind;
    recipient = paramRecipient;
    List<String> refused = new ArrayList<>();
    Optional<DeliveryState> stateFilter = Optional.empty();
    if (present(state)) {
      stateFilter = DeliveryState.ofLabel(state);
      if (stateFilter.isEmpty()) {
        refused.add("There is no state \"" + state + "\": choose one of " + states() + ".");
      }
    }
    Optional<NotificationKind> kindFilter = Optional.empty();
    if (present(kind)) {
      kindFilter = NotificationKind.parse(kind);
      if (kindFilter.isEmpty()) {
        refused.add("There is no kind \"" + kind + "\": choose one from the list.");
      }
    }
    if (present(recipient) && recipient.length() > 320) {
      refused.add("A recipient has at most 320 characters.");
    }
    pageNumber = 1;
    if (present(page)) {
      try {
        pageNumber = Integer.parseInt(page.strip());
      } catch (NumberFormatException e) {
        pageNumber = 0;
      }
      if (pageNumber < 1 || pageNumber > 40_000) {
        refused.add("The page must be a number from 1.");
        pageNumber = 1;
      }
    }
    if (!refused.isEmpty()) {
      refused.forEach(FacesMessages::error);
      shown = new DeliveryLog.Page(List.of(), 0);
      return;
    }
    reload(stateFilter, kindFilter);
  }

  private void reload(Optional<DeliveryState> stateFilter, Optional<NotificationKind> kindFilter) {
    shown =
        log.list(
            new DeliveryLog.Filter(
                stateFilter, kindFilter, Optional.ofNullable(recipient).filter(this::present)),
            (pageNumber - 1) * PAGE_SIZE,
            PAGE_SIZE);
  }

  public void retry(long id) {
    act(id, true);
  }

  public void discard(long id) {
    act(id, false);
  }

  private void act(long id, boolean retry) {
    try {
      if (retry) {
        log.retry(id);
        FacesMessages.info("Message " + id + " is queued again, for now.");
      } else {
        log.discard(id);
        FacesMessages.info("Message " + id + " is discarded: it will not be sent.");
      }
    } catch (StateConflict | NotFound refused) {
      FacesMessages.error(refused.getMessage());
    }
    reload(
        Optional.ofNullable(state).flatMap(DeliveryState::ofLabel),
        Optional.ofNullable(kind).flatMap(NotificationKind::parse));
  }

  public List<DeliveryLog.Entry> getEntries() {
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

  /** The log's address with the current filters and page {@code number}. */
  public String pageLink(int number) {
    StringBuilder query = new StringBuilder("deliveries.xhtml?page=").append(number);
    param(query, "state", state);
    param(query, "kind", kind);
    param(query, "recipient", recipient);
    return query.toString();
  }

  private void param(StringBuilder query, String name, String value) {
    if (present(value)) {
      query.append('&').append(name).append('=');
      query.append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
    }
  }

  public boolean retriable(DeliveryLog.Entry entry) {
    return DeliveryState.ofLabel(entry.state()).map(DeliveryState::retriable).orElse(false);
  }

  public boolean discardable(DeliveryLog.Entry entry) {
    return DeliveryState.ofLabel(entry.state()).map(DeliveryState::discardable).orElse(false);
  }

  public List<String> getStates() {
    return Arrays.stream(DeliveryState.values()).map(DeliveryState::label).toList();
  }

  public List<String> getKinds() {
    return Arrays.stream(NotificationKind.values()).map(NotificationKind::spelling).toList();
  }

  /** An instant as the log shows it: UTC, to the second. */
  public String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  public String kindLabel(String spelling) {
    return KindLabels.of(spelling);
  }

  private static String states() {
    return String.join(
        ", ", Arrays.stream(DeliveryState.values()).map(DeliveryState::label).toList());
  }

  private boolean present(String value) {
    return value != null && !value.isBlank();
  }

  public String getParamState() {
    return paramState;
  }

  public void setParamState(String paramState) {
    this.paramState = paramState;
  }

  public String getParamKind() {
    return paramKind;
  }

  public void setParamKind(String paramKind) {
    this.paramKind = paramKind;
  }

  public String getParamRecipient() {
    return paramRecipient;
  }

  public void setParamRecipient(String paramRecipient) {
    this.paramRecipient = paramRecipient;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
