package io.hindsight.testing;

import java.net.URI;
import java.net.URL;
import java.nio.file.Path;

/**
 * Where the server under test listens and keeps its files. It has ports and a server directory of
 * its own (pom properties {@code it.port.offset}, {@code it.management.port}, {@code
 * it.server.dir}), so that the tests run while Hindsight itself runs from the same checkout.
 * Application URLs come from Arquillian ({@code @ArquillianResource URL}), which knows the offset.
 */
public final class TestServer {

  private TestServer() {}

  /** The management interface (health checks), on 9990 + the port offset. */
  public static URL management() {
    int port =
        Integer.getInteger(
            "it.management.port", 9990 + Integer.getInteger("it.port.offset", 10000));
    try {
      return URI.create("http://127.0.0.1:" + port + "/").toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The server's log file, in its own base directory rather than WildFly's standalone/. */
  public static Path serverLog() {
    return Path.of(System.getProperty("it.server.dir", "target/it-server"), "log", "server.log")
        .toAbsolutePath();
  }

  /** Hindsight's data directory on the test server ({@code HINDSIGHT_DATA_DIR}). */
  public static Path dataDir() {
    return Path.of(System.getProperty("it.data.dir", "target/it-data")).toAbsolutePath();
  }
}
