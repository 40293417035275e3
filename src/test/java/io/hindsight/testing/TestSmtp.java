package io.hindsight.testing;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * GreenMail as the SMTP server of the server under test: started once per test JVM on {@code
 * it.smtp.port}, the port the failsafe configuration hands the server as {@code
 * HINDSIGHT_SMTP_PORT}, with the account the server signs in with; it lives as long as the JVM, so
 * that mail sent between test classes is received too.
 */
public final class TestSmtp {

  private static final Duration LIMIT = Duration.ofSeconds(10);

  private static GreenMail server;

  private TestSmtp() {}

  public static synchronized GreenMail server() {
    if (server == null) {
      server = new GreenMail(setup()).withConfiguration(account());
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(TestSmtp::down));
    }
    return server;
  }

  /** Stops the SMTP server: the server under test finds nobody listening. */
  public static synchronized void down() {
    if (server != null) {
      server.stop();
    }
  }

  /** Starts a new SMTP server on the same port, with no mail received yet. */
  public static synchronized void up() {
    down();
    server = new GreenMail(setup()).withConfiguration(account());
    server.start();
  }

  /** The account the server under test signs in with (HINDSIGHT_SMTP_USER and _PASSWORD). */
  private static GreenMailConfiguration account() {
    return GreenMailConfiguration.aConfig()
        .withUser("hindsight@localhost", "hindsight-it", "it-smtp-password");
  }

  private static ServerSetup setup() {
    return new ServerSetup(Integer.getInteger("it.smtp.port", 3025), "127.0.0.1", "smtp");
  }

  /** Every message received so far addressed to {@code address}. */
  public static List<MimeMessage> to(String address) {
    return addressedTo(server().getReceivedMessages(), address);
  }

  /**
   * The messages addressed to {@code address} once they satisfy {@code reached}: GreenMail answers
   * the sender before it stores the message, so a test that saw a send end waits that instant, on
   * GreenMail's own signal of a new message (no polling); fails after ten seconds.
   */
  public static List<MimeMessage> await(String address, Predicate<List<MimeMessage>> reached) {
    long until = System.nanoTime() + LIMIT.toNanos();
    MimeMessage[] received = server().getReceivedMessages();
    List<MimeMessage> mails = addressedTo(received, address);
    while (!reached.test(mails)) {
      long left = TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime());
      if (left <= 0) {
        throw new AssertionError(
            "Not received by "
                + address
                + " within "
                + LIMIT
                + "; received: "
                + mails.stream().map(TestSmtp::subject).toList());
      }
      server().waitForIncomingEmail(left, received.length + 1);
      received = server().getReceivedMessages();
      mails = addressedTo(received, address);
    }
    return mails;
  }

  /** The subjects of the mail to {@code address}, once one has {@code subject}. */
  public static List<String> awaitSubject(String address, String subject) {
    return await(address, mails -> mails.stream().map(TestSmtp::subject).anyMatch(subject::equals))
        .stream()
        .map(TestSmtp::subject)
        .toList();
  }

  private static List<MimeMessage> addressedTo(MimeMessage[] received, String address) {
    return Arrays.stream(received)
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getAllRecipients())
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
              } catch (MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  public static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
