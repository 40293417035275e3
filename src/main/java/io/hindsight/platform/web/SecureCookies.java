package io.hindsight.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie {@code Secure} when the operator says Hindsight is reached over HTTPS
 * only ({@code hindsight.http.secure-cookies=true}), as behind a TLS-terminating proxy, where the
 * server cannot see the scheme the browser used.
 */
@WebListener
public class SecureCookies implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean secure =
        ConfigProvider.getConfig()
            .getOptionalValue("hindsight.http.secure-cookies", Boolean.class)
            .orElse(false);
    if (secure) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
  }
}
