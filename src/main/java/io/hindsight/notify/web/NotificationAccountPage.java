package io.hindsight.notify.web;

import io.hindsight.notify.application.CalendarFeeds;
import io.hindsight.notify.application.NotificationPreferences;
import io.hindsight.notify.domain.Channel;
import io.hindsight.notify.domain.ChannelModes;
import io.hindsight.notify.domain.DeliveryMode;
import io.hindsight.notify.domain.NotificationKind;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.security.domain.Username;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The notification part of the account page: preferences per kind and channel (email, chat) and the
 * calendar feed.
 */
@Named
@ViewScoped
public class NotificationAccountPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject NotificationPreferences preferences;
  @Inject CalendarFeeds feeds;
  @Inject SecurityContext security;

  private List<PreferenceRow> rows;
  private CalendarFeeds.Status feed;
  private String issuedFeedUrl;

  /** One kind as the form shows it; mandatory kinds are shown, not chosen. */
  public static final class PreferenceRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String kind;
    private final boolean mandatory;
    private String mode;
    private String chatMode;

    PreferenceRow(String kind, boolean mandatory, ChannelModes modes) {
      this.kind = kind;
      this.mandatory = mandatory;
      this.mode = modes.email().spelling();
      this.chatMode = modes.chat().spelling();
    }

    public String getKind() {
      return kind;
    }

    public String getLabel() {
      return KindLabels.of(kind);
    }

    public boolean isMandatory() {
      return mandatory;
    }

    public String getMode() {
      return mode;
    }

    public void setMode(String mode) {
      this.mode = mode;
    }

    public String getChatMode() {
      return chatMode;
    }

    public void setChatMode(String chatMode) {
      this.chatMode = chatMode;
    }
  }

  public List<PreferenceRow> getPreferences() {
    if (rows == null) {
      rows = new ArrayList<>();
      preferences
          .of(me())
          .forEach(
              (kind, modes) ->
                  rows.add(
                      new PreferenceRow(
                          kind,
                          NotificationKind.parse(kind)
                              .map(NotificationKind::mandatory)
                              .orElse(true),
                          modes)));
    }
    return rows;
  }

  /** The modes a person can choose for email, as the API spells them. */
  public List<String> getModes() {
    return Arrays.stream(DeliveryMode.values()).map(DeliveryMode::spelling).toList();
  }

  /** The modes a person can choose for chat mentions: a digest is an email. */
  public List<String> getChatModes() {
    return List.of(DeliveryMode.IMMEDIATELY.spelling(), DeliveryMode.OFF.spelling());
  }

  public String modeLabel(String mode) {
    return switch (mode) {
      case "immediately" -> "Immediately";
      case "digest" -> "In the daily digest";
      case "off" -> "Off";
      default -> mode;
    };
  }

  public void savePreferences() {
    Map<String, Map<String, String>> changes = new LinkedHashMap<>();
    for (PreferenceRow row : getPreferences()) {
      if (!row.isMandatory()) {
        Map<String, String> modes = new LinkedHashMap<>();
        modes.put(Channel.EMAIL.spelling(), row.getMode());
        modes.put(Channel.CHAT.spelling(), row.getChatMode());
        changes.put(row.getKind(), modes);
      }
    }
    try {
      preferences.change(me(), changes);
      FacesMessages.info("Your notification preferences are saved.");
    } catch (FieldRefused refused) {
      FacesMessages.error("Nothing was saved: " + refused.getMessage());
    }
    rows = null;
  }

  public CalendarFeeds.Status getFeed() {
    if (feed == null) {
      feed = feeds.status(me());
    }
    return feed;
  }

  public String getIssuedFeedUrl() {
    return issuedFeedUrl;
  }

  public void renewFeed() {
    boolean had = getFeed().active();
    issuedFeedUrl = feeds.renew(me()).url();
    feed = null;
    FacesMessages.info(
        had
            ? "Your calendar link is renewed: the old one no longer works. Copy the new one now."
            : "Your calendar link is ready. Copy it now: it is shown only this once.");
  }

  public void revokeFeed() {
    feeds.revoke(me());
    issuedFeedUrl = null;
    feed = null;
    FacesMessages.info("Your calendar link is revoked: calendars that use it get nothing more.");
  }

  private Username me() {
    return Username.of(security.getCallerPrincipal().getName());
  }
}
