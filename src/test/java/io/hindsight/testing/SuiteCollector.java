package io.hindsight.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The trace collector of the integration suite: the test server exports its spans to {@code
 * it.otel.port} from its start to its end, so a receiver listens there for the whole test JVM
 * (before Arquillian starts the server, until it stopped it), and no export ever fails. Unit test
 * runs have no {@code it.otel.port} and start none.
 */
public final class SuiteCollector implements LauncherSessionListener {

  private static volatile OtlpReceiver receiver;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    Integer port = Integer.getInteger("it.otel.port");
    if (port != null && receiver == null) {
      receiver = new OtlpReceiver(port);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (receiver != null) {
      receiver.close();
      receiver = null;
    }
  }

  /** The suite's receiver; fails when the tests run without {@code it.otel.port}. */
  public static OtlpReceiver receiver() {
    if (receiver == null) {
      throw new IllegalStateException("No trace collector: run with -Dit.otel.port (failsafe).");
    }
    return receiver;
  }
}
