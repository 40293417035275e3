package io.hindsight.notify.application;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Collections;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * The certificates the email channel trusts when a deployer names a trust store ({@code
 * HINDSIGHT_SMTP_TRUST_STORE}, PKCS12 or JKS, with {@code HINDSIGHT_SMTP_TRUST_STORE_PASSWORD} when
 * it has one): a mail server with a private CA is trusted by mail alone, not by the whole JVM.
 * Without it the JVM's trust store applies. The server's name is checked against its certificate
 * either way.
 */
public final class SmtpTrust {

  /** The JavaMail property that takes the socket factory, for SSL and for STARTTLS alike. */
  public static final String SOCKET_FACTORY = "mail.smtp.ssl.socketFactory";

  private SmtpTrust() {}

  /**
   * A socket factory that trusts exactly the certificates of {@code file}; refuses, naming the
   * setting, a file that cannot be read, is no key store, or holds no certificate.
   */
  public static SSLSocketFactory socketFactory(Path file, String password) {
    char[] secret = password == null || password.isEmpty() ? null : password.toCharArray();
    KeyStore store;
    try {
      store = KeyStore.getInstance(file.toFile(), secret);
    } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "HINDSIGHT_SMTP_TRUST_STORE "
              + file
              + " cannot be read as a PKCS12 or JKS key store (with"
              + " HINDSIGHT_SMTP_TRUST_STORE_PASSWORD): "
              + e.getMessage(),
          e);
    }
    try {
      boolean certificates = false;
      for (String alias : Collections.list(store.aliases())) {
        certificates |= store.getCertificate(alias) != null;
      }
      if (!certificates) {
        throw new IllegalStateException(
            "HINDSIGHT_SMTP_TRUST_STORE " + file + " holds no certificate");
      }
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context.getSocketFactory();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "HINDSIGHT_SMTP_TRUST_STORE " + file + " cannot be used: " + e.getMessage(), e);
    }
  }
}
