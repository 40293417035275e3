package io.hindsight.runbook.api;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PacketLineOut;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.RefAdvertiser;
import org.eclipse.jgit.transport.UploadPack;

/**
 * A minimal smart-HTTP Git server (fetch and push) over the bare repositories in {@code
 * $HINDSIGHT_DATA_DIR/git-served}, deployed next to Hindsight by the tests. Every request needs
 * HTTP Basic with {@link #TOKEN} as password, like a hosted Git service with access tokens.
 *
 * <p>While a file {@code <name>.git}{@value #GATE} lies next to a served repository, sending its
 * objects waits (its refs are still advertised) and {@code <name>.git}{@value #WAITING} says that a
 * fetch is waiting: a test can hold a fetch after it has seen the remote's branch. While a file
 * {@code <name>.git}{@value #DOWN} lies there, every request for the repository is answered 503, as
 * by a server that is down.
 */
@WebServlet("/*")
public class GitServerServlet extends HttpServlet {

  static final String TOKEN = "gst-5f0c1e7a9b2d4c6e8a0b1c2d3e4f5a6b";
  static final String FOLDER = "git-served";
  static final String GATE = ".gate";
  static final String WAITING = ".waiting";
  static final String DOWN = ".down";

  private static final long serialVersionUID = 1L;
  private static final Pattern ADDRESS =
      Pattern.compile("/([a-z0-9-]+\\.git)/(info/refs|git-upload-pack|git-receive-pack)");

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!authorized(request)) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"git\"");
      response.sendError(401);
      return;
    }
    Matcher address = ADDRESS.matcher(String.valueOf(request.getPathInfo()));
    Path dir = Path.of(System.getenv("HINDSIGHT_DATA_DIR"), FOLDER);
    if (!address.matches() || !Files.isDirectory(dir.resolve(address.group(1)))) {
      response.sendError(404);
      return;
    }
    if (Files.exists(dir.resolve(address.group(1) + DOWN))) {
      response.sendError(503);
      return;
    }
    if (address.group(2).equals("git-receive-pack")
        || "git-receive-pack".equals(request.getParameter("service"))) {
      receive(dir.resolve(address.group(1)), address.group(2), request, response);
      return;
    }
    try (Repository repository =
        new FileRepositoryBuilder()
            .setGitDir(dir.resolve(address.group(1)).toFile())
            .setMustExist(true)
            .build()) {
      UploadPack pack = new UploadPack(repository);
      pack.setBiDirectionalPipe(false);
      if (address.group(2).equals("info/refs")) {
        if (!"git-upload-pack".equals(request.getParameter("service"))) {
          response.sendError(403);
          return;
        }
        response.setContentType("application/x-git-upload-pack-advertisement");
        response.setHeader("Cache-Control", "no-cache");
        PacketLineOut out = new PacketLineOut(response.getOutputStream());
        out.writeString("# service=git-upload-pack\n");
        out.end();
        pack.sendAdvertisedRefs(new RefAdvertiser.PacketLineOutRefAdvertiser(out));
        return;
      }
      waitAtGate(dir, address.group(1));
      response.setContentType("application/x-git-upload-pack-result");
      InputStream in = request.getInputStream();
      if ("gzip".equalsIgnoreCase(request.getHeader("Content-Encoding"))) {
        in = new GZIPInputStream(in);
      }
      pack.upload(in, response.getOutputStream(), null);
    }
  }

  private static void receive(
      Path gitDir, String what, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try (Repository repository =
        new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true).build()) {
      ReceivePack pack = new ReceivePack(repository);
      pack.setBiDirectionalPipe(false);
      if (what.equals("info/refs")) {
        response.setContentType("application/x-git-receive-pack-advertisement");
        response.setHeader("Cache-Control", "no-cache");
        PacketLineOut out = new PacketLineOut(response.getOutputStream());
        out.writeString("# service=git-receive-pack\n");
        out.end();
        pack.sendAdvertisedRefs(new RefAdvertiser.PacketLineOutRefAdvertiser(out));
        return;
      }
      response.setContentType("application/x-git-receive-pack-result");
      InputStream in = request.getInputStream();
      if ("gzip".equalsIgnoreCase(request.getHeader("Content-Encoding"))) {
        in = new GZIPInputStream(in);
      }
      pack.receive(in, response.getOutputStream(), null);
    }
  }

  private static void waitAtGate(Path dir, String repository) throws IOException {
    Path gate = dir.resolve(repository + GATE);
    if (!Files.exists(gate)) {
      return;
    }
    Files.writeString(dir.resolve(repository + WAITING), "");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(50);
    try {
      while (Files.exists(gate) && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean authorized(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.startsWith("Basic ")) {
      return false;
    }
    String decoded =
        new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    return decoded.endsWith(":" + TOKEN);
  }
}
