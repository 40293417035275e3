package io.hindsight.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * GreenMail as the SMTP server of the server under test: started once per test JVM on {@code
 * it.smtp.port}, the port the failsafe configuration hands the server as {@code
 * HINDSIGHT_SMTP_PORT}; it lives as long as the JVM, so that mail sent between test classes is
 * received too.
 */
public final class TestSmtp {

  private static GreenMail server;

  private TestSmtp() {}

  public static synchronized GreenMail server() {
    if (server == null) {
      server =
          new GreenMail(
              new ServerSetup(Integer.getInteger("it.smtp.port", 3025), "127.0.0.1", "smtp"));
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
    return server;
  }

  /** Every message received so far addressed to {@code address}. */
  public static List<MimeMessage> to(String address) {
    return Arrays.stream(server().getReceivedMessages())
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

  /** Polls {@code condition} every half second until it holds, or fails after {@code limit}. */
  public static void waitFor(Duration limit, BooleanSupplier condition) {
    Instant until = Instant.now().plus(limit);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("Not reached within " + limit);
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
