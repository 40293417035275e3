package io.hindsight.notify.web;

import io.hindsight.notify.application.ChannelSettings;
import io.hindsight.notify.application.ChannelTests;
import io.hindsight.notify.application.DeliveryLog;
import io.hindsight.notify.domain.NotificationKind;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.platform.web.FacesMessages;
import io.hindsight.security.domain.Username;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Admins set where chat and webhook messages of each kind go (the webhook secret is written, never
 * shown) and send a test message to check the receivers; the test's outcome is read back from the
 * delivery log.
 */
@Named
@ViewScoped
public class ChannelsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ChannelSettings settings;
  @Inject ChannelTests tests;
  @Inject DeliveryLog log;
  @Inject SecurityContext security;

  private String kind;
  private String chatUrl;
  private String webhookUrl;
  private String webhookSecret;
  private final List<Long> testIds = new ArrayList<>();

  public List<ChannelSettings.View> getChannels() {
    return settings.all().stream()
        .filter(v -> !"channel_test".equals(v.kind()) && !"forge_pull_request".equals(v.kind()))
        .toList();
  }

  public String kindLabel(String spelling) {
    return KindLabels.of(spelling);
  }

  /** Loads a kind's receivers into the form. */
  public void edit(String spelling) {
    Optional<NotificationKind> parsed = NotificationKind.parse(spelling);
    if (parsed.isEmpty() || !parsed.get().choosable()) {
      FacesMessages.error("There is no kind \"" + spelling + "\".");
      return;
    }
    ChannelSettings.View view = settings.of(parsed.get());
    kind = view.kind();
    chatUrl = view.chatUrl();
    webhookUrl = view.webhookUrl();
    webhookSecret = null;
  }

  public void save() {
    Optional<NotificationKind> parsed = Optional.ofNullable(kind).flatMap(NotificationKind::parse);
    if (parsed.isEmpty() || !parsed.get().choosable()) {
      FacesMessages.error("Choose the kind of notification these receivers are for.");
      return;
    }
    try {
      settings.change(parsed.get(), chatUrl, webhookUrl, webhookSecret, self());
      FacesMessages.info("Receivers of " + KindLabels.of(parsed.get().spelling()) + " are saved.");
    } catch (FieldRefused refused) {
      FacesMessages.error("Nothing was saved: " + refused.getMessage());
    } finally {
      webhookSecret = null;
    }
  }

  public void sendTest(String spelling) {
    Optional<NotificationKind> parsed = NotificationKind.parse(spelling);
    if (parsed.isEmpty()) {
      FacesMessages.error("There is no kind \"" + spelling + "\".");
      return;
    }
    try {
      List<Long> queued = tests.send(parsed.get(), me());
      testIds.addAll(0, queued);
      FacesMessages.info(
          queued.size()
              + " test message"
              + (queued.size() == 1 ? " is" : "s are")
              + " queued; their outcome is below.");
    } catch (FieldRefused | StateConflict refused) {
      FacesMessages.error(refused.getMessage());
    }
  }

  /** The test messages sent from this page, as the delivery log has them now. */
  public List<DeliveryLog.Entry> getTests() {
    return testIds.stream().map(log::entry).toList();
  }

  private URI self() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String url = request.getRequestURL().toString();
    return URI.create(
        url.substring(0, url.length() - request.getRequestURI().length())
            + request.getContextPath()
            + "/");
  }

  private Username me() {
    return Username.of(security.getCallerPrincipal().getName());
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getChatUrl() {
    return chatUrl;
  }

  public void setChatUrl(String chatUrl) {
    this.chatUrl = chatUrl;
  }

  public String getWebhookUrl() {
    return webhookUrl;
  }

  public void setWebhookUrl(String webhookUrl) {
    this.webhookUrl = webhookUrl;
  }

  public String getWebhookSecret() {
    return null;
  }

  public void setWebhookSecret(String webhookSecret) {
    this.webhookSecret = webhookSecret;
  }
}
