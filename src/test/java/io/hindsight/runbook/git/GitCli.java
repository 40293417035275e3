package io.hindsight.runbook.git;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the real git executable, isolated from the user's and the system's configuration. */
public final class GitCli {

  private static final String GIT = "/usr/bin/git";

  private GitCli() {}

  /** Runs git against a bare repository and returns its standard output. */
  public static String bare(Path gitDir, String... args) {
    List<String> command = new ArrayList<>(List.of("--git-dir=" + gitDir));
    command.addAll(List.of(args));
    return new String(run(gitDir, Map.of(), command), StandardCharsets.UTF_8);
  }

  /** Runs git in a working directory with extra environment variables. */
  public static String in(Path workDir, Map<String, String> env, String... args) {
    return new String(run(workDir, env, List.of(args)), StandardCharsets.UTF_8);
  }

  public static byte[] bareBytes(Path gitDir, String... args) {
    List<String> command = new ArrayList<>(List.of("--git-dir=" + gitDir));
    command.addAll(List.of(args));
    return run(gitDir, Map.of(), command);
  }

  private static byte[] run(Path dir, Map<String, String> env, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(GIT);
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    Map<String, String> environment = builder.environment();
    environment.put("GIT_CONFIG_NOSYSTEM", "1");
    environment.put("GIT_CONFIG_GLOBAL", "/dev/null");
    environment.put("LC_ALL", "C");
    environment.putAll(env);
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      CompletableFuture<byte[]> stderr =
          CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
      byte[] stdout = process.getInputStream().readAllBytes();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("git timed out: " + command);
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            "git failed ("
                + process.exitValue()
                + "): "
                + command
                + "\n"
                + new String(stderr.join(), StandardCharsets.UTF_8));
      }
      return stdout;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
