package io.hindsight.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/**
 * Redeploys Hindsight on the test server through its management interface, as an operator's {@code
 * deployment-redeploy} does: the application stops (its workers with it) and starts again on the
 * same database. Uses the management client the Arquillian container itself uses, with the local
 * authentication a process of the server's own user gets.
 */
public final class Redeploy {

  private static final String DEPLOYMENT = "ROOT.war";

  private Redeploy() {}

  /** Redeploys and returns once the deployment is up again. */
  public static void hindsight() {
    ModelNode operation = new ModelNode();
    operation.get("operation").set("redeploy");
    operation.get("address").add("deployment", DEPLOYMENT);
    try (ModelControllerClient client =
        ModelControllerClient.Factory.create(
            "remote+http", "127.0.0.1", TestServer.management().getPort())) {
      ModelNode result = client.execute(operation);
      if (!"success".equals(result.get("outcome").asString())) {
        throw new IllegalStateException("Redeploying " + DEPLOYMENT + " failed: " + result);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
