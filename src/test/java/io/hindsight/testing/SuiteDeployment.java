package io.hindsight.testing;

import io.hindsight.change.PushTrigger;
import io.hindsight.forge.ForgePollTrigger;
import io.hindsight.notify.ClaimRaceTrigger;
import io.hindsight.notify.ScheduledNoticesTrigger;
import io.hindsight.review.ReviewSweepTrigger;
import io.hindsight.runbook.api.ScheduledSyncTrigger;
import java.net.MalformedURLException;
import java.net.URL;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.event.container.AfterStart;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Deploys Hindsight once for the whole integration suite, right after Arquillian started the test
 * server, and undeploys it before the server stops. Deploying the 18 MB WAR for each test class
 * cost seconds each and, some sixty deployments in, the server's heap.
 *
 * <p>The suite's WAR is the one the build produced with the servlets the tests run scheduled work
 * through ({@code /api/it/...}, API token only). A test class adds a deployment of its own only for
 * something that is not Hindsight (a Git server to fetch from).
 */
public final class SuiteDeployment {

  private static volatile URL base;

  private WebArchive war;

  /** Hindsight's address on the test server; fails outside an Arquillian run. */
  public static URL base() {
    URL deployed = base;
    if (deployed == null) {
      throw new IllegalStateException(
          "Hindsight is not deployed: run the test with the ArquillianExtension (failsafe).");
    }
    return deployed;
  }

  void deploy(@Observes AfterStart started) throws DeploymentException {
    war =
        HindsightDeployment.war()
            .addClasses(
                ScheduledSyncTrigger.class,
                ScheduledNoticesTrigger.class,
                ClaimRaceTrigger.class,
                ReviewSweepTrigger.class,
                ReviewSweepTrigger.Recorder.class,
                ForgePollTrigger.class,
                PushTrigger.class);
    ProtocolMetaData deployed = started.getDeployableContainer().deploy(war);
    HTTPContext http = deployed.getContexts(HTTPContext.class).iterator().next();
    try {
      base = new URL("http", http.getHost(), http.getPort(), "/");
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  void undeploy(@Observes BeforeStop stopping) throws DeploymentException {
    DeployableContainer<?> container = stopping.getDeployableContainer();
    base = null;
    if (war != null) {
      container.undeploy(war);
    }
  }

  /** Registers the observer: named in {@code META-INF/services}. */
  public static final class Extension implements LoadableExtension {
    @Override
    public void register(ExtensionBuilder builder) {
      builder.observer(SuiteDeployment.class);
    }
  }
}
