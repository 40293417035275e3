package io.hindsight.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * One WildFly server of the built distribution ({@code jboss.home}), with a server directory, a
 * port offset and a node name of its own, running the WAR the build produced.
 */
final class ClusterNode implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final int offset;
  private final Path serverDir;
  private final Map<String, String> environment;
  private Process process;

  ClusterNode(String name, int offset, Path serverDir, Map<String, String> environment) {
    this.name = name;
    this.offset = offset;
    this.serverDir = serverDir;
    this.environment = Map.copyOf(environment);
  }

  String name() {
    return name;
  }

  int httpPort() {
    return 8080 + offset;
  }

  URL base() {
    try {
      return URI.create("http://127.0.0.1:" + httpPort() + "/").toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  ClusterNode start() {
    Path home = Path.of(System.getProperty("jboss.home"));
    try {
      if (!Files.isDirectory(serverDir.resolve("configuration"))) {
        copy(home.resolve("standalone/configuration"), serverDir.resolve("configuration"));
      }
      Files.createDirectories(serverDir.resolve("deployments"));
      Files.copy(
          Path.of(System.getProperty("hindsight.war")),
          serverDir.resolve("deployments/ROOT.war"),
          StandardCopyOption.REPLACE_EXISTING);
      ProcessBuilder builder =
          new ProcessBuilder(
                  home.resolve("bin/standalone.sh").toString(),
                  "-c",
                  System.getProperty("wildfly.config", "standalone.xml"),
                  "-Djboss.server.base.dir=" + serverDir,
                  "-Djboss.node.name=" + name,
                  "-Djboss.socket.binding.port-offset=" + offset)
              .redirectErrorStream(true)
              .redirectOutput(serverDir.resolve("console.log").toFile());
      builder.environment().putAll(environment);
      builder
          .environment()
          .put(
              "JAVA_OPTS",
              "-Xms256m -Xmx1g -XX:MetaspaceSize=192m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
                  + " -Djava.net.preferIPv4Stack=true");
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + name, e);
    }
    return this;
  }

  /** Waits until Hindsight answers on this node: its sign-in page, after the deployment. */
  ClusterNode awaitReady(Duration atMost) {
    return new FluentWait<>(this)
        .withTimeout(atMost)
        .pollingEvery(Duration.ofMillis(500))
        .withMessage(name + " is ready")
        .until(
            node -> {
              if (!process.isAlive()) {
                throw new IllegalStateException(
                    name + " exited; see " + serverDir.resolve("console.log"));
              }
              return node.answers() ? node : null;
            });
  }

  private boolean answers() {
    try {
      HttpResponse<Void> reply =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(base() + "login.xhtml"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return reply.statusCode() == 200;
    } catch (IOException notYet) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** kill -9: the server and the JVM the start script runs, with no chance to finish anything. */
  void kill() {
    if (process == null) {
      return;
    }
    process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    kill();
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  static void delete(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
