package io.hindsight.bench;

import io.hindsight.platform.markdown.InvalidFrontMatterException;
import io.hindsight.platform.markdown.MarkdownDocument;
import io.hindsight.runbook.git.RunbookFile;
import io.hindsight.runbook.git.RunbookGit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The Markdown bodies (front matter split off) that the render benchmark renders. */
final class RenderInputs {

  /** One input: a key as the cache would use it, and the body to render. */
  record Input(String key, String body) {}

  static final Path SAMPLES = Path.of("src/main/resources/sample-runbooks");

  private RenderInputs() {}

  /** The corpus runbooks when the corpus is there, the sample runbooks otherwise. */
  static List<Input> load(Optional<Path> corpus) throws IOException {
    return corpus.isPresent() ? fromCorpus(corpus.get()) : fromSamples();
  }

  static String describe(List<Input> inputs) {
    long bytes = inputs.stream().mapToLong(input -> bytes(input.body())).sum();
    return inputs.size() + " files, " + bytes / 1024 + " KiB of Markdown";
  }

  static long bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static List<Input> fromCorpus(Path bareDir) throws IOException {
    List<Input> inputs = new ArrayList<>();
    try (RunbookGit git = RunbookGit.open(bareDir)) {
      String head = git.resolve().branch(Corpus.BRANCH).call().orElseThrow();
      for (RunbookFile file : git.listFiles().at(head).call()) {
        if (file.path().value().startsWith(Corpus.FOLDER)) {
          byte[] bytes = git.readFile().path(file.path()).at(head).call().orElseThrow();
          inputs.add(new Input(file.blobId(), body(new String(bytes, StandardCharsets.UTF_8))));
        }
      }
    }
    return inputs;
  }

  private static List<Input> fromSamples() throws IOException {
    List<Input> inputs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SAMPLES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        inputs.add(new Input(file.toString(), body(Files.readString(file))));
      }
    }
    return inputs;
  }

  private static String body(String source) {
    try {
      return MarkdownDocument.parse(source).body();
    } catch (InvalidFrontMatterException e) {
      return source;
    }
  }
}
