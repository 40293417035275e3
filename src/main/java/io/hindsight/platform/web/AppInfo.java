package io.hindsight.platform.web;

import io.hindsight.platform.config.HindsightConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Facts about this installation that pages show. */
@Named
@ApplicationScoped
public class AppInfo {

  @Inject HindsightConfig config;

  public boolean isDemo() {
    return config.demoMode();
  }
}
