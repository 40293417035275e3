package io.hindsight.notify.application;

import io.hindsight.notify.domain.Channel;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Clock;
import java.util.Date;

/**
 * Email through WildFly's mail session ({@code java:jboss/mail/Hindsight}, configured from {@code
 * HINDSIGHT_SMTP_*}): multipart plain text and HTML from one template, with the idempotency key as
 * {@code Message-ID} (and {@code X-Hindsight-Delivery}) so that a repeated send can be dropped.
 */
@ApplicationScoped
public class EmailChannel implements DeliveryChannel {

  @Resource(lookup = "java:jboss/mail/Hindsight")
  Session session;

  @Inject MessageTemplates templates;
  @Inject NotifySettings settings;
  @Inject Clock clock;

  private SmtpOptions smtp;

  @PostConstruct
  void configure() {
    // A hanging mail server must not hold the worker: 10 s to connect, read and write.
    session.getProperties().putIfAbsent("mail.smtp.connectiontimeout", "10000");
    session.getProperties().putIfAbsent("mail.smtp.timeout", "10000");
    session.getProperties().putIfAbsent("mail.smtp.writetimeout", "10000");
    smtp = settings.smtp();
    session.getProperties().putAll(smtp.properties());
    settings
        .smtpTrust()
        .ifPresent(factory -> session.getProperties().put(SmtpTrust.SOCKET_FACTORY, factory));
  }

  @Override
  public Channel channel() {
    return Channel.EMAIL;
  }

  @Override
  public void deliver(Delivery delivery) throws DeliveryFailure {
    String link = delivery.link().map(l -> settings.publicUrl().resolve(l).toString()).orElse(null);
    MessageTemplates.Rendered body =
        templates.render(delivery.kind().spelling(), delivery.title(), delivery.body(), link);
    String messageId = delivery.key().messageId(settings.messageIdDomain());
    try {
      MimeMessage message =
          new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
              setHeader("Message-ID", messageId);
            }
          };
      message.setFrom();
      message.setRecipients(
          Message.RecipientType.TO, InternetAddress.parse(delivery.recipient(), true));
      message.setSubject(delivery.title(), "UTF-8");
      message.setSentDate(Date.from(clock.instant()));
      message.setHeader("X-Hindsight-Delivery", delivery.key().value());
      MimeBodyPart text = new MimeBodyPart();
      text.setText(body.text(), "UTF-8");
      MimeBodyPart html = new MimeBodyPart();
      html.setText(body.html(), "UTF-8", "html");
      MimeMultipart alternative = new MimeMultipart("alternative");
      alternative.addBodyPart(text);
      alternative.addBodyPart(html);
      message.setContent(alternative);
      if (smtp.user().isPresent()) {
        Transport.send(message, smtp.user().get(), smtp.password().orElseThrow());
      } else {
        Transport.send(message);
      }
    } catch (MessagingException e) {
      throw new DeliveryFailure("mail not sent: " + e.getMessage(), e);
    }
  }
}
