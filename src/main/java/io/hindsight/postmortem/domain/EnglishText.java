package io.hindsight.postmortem.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * English sentences, tokens and parts of speech (Universal Dependencies tags such as PROPN, VERB,
 * AUX) with the Apache OpenNLP models bundled with Hindsight. The models load once, when this class
 * is first used; OpenNLP's detectors and taggers are not thread-safe, so each caller borrows a set
 * from a pool over the shared models. Thread-safe.
 */
public final class EnglishText {

  private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private static final int MAX_POOLED = 16;
  private static final int MAX_WORD_LENGTH = 64;
  static final int MAX_SENTENCE_TOKENS = 120;

  private final SentenceModel sentenceModel;
  private final TokenizerModel tokenModel;
  private final POSModel posModel;
  private final ConcurrentLinkedQueue<Tools> pool = new ConcurrentLinkedQueue<>();

  private EnglishText() {
    sentenceModel = load(SENTENCE_MODEL, SentenceModel::new);
    tokenModel = load(TOKEN_MODEL, TokenizerModel::new);
    posModel = load(POS_MODEL, POSModel::new);
  }

  /** The one instance, with the models loaded on first use. */
  public static EnglishText shared() {
    return Holder.INSTANCE;
  }

  /** The sentences of a text, each with its tokens; offsets are UTF-16 indexes into the text. */
  public List<Sentence> sentences(String text) {
    Objects.requireNonNull(text, "text");
    String plain = text.replace('\u2019', '\'');
    Tools tools = borrow();
    try {
      List<Sentence> sentences = new ArrayList<>();
      int lineStart = 0;
      while (lineStart <= plain.length()) {
        int lineEnd = plain.indexOf('\n', lineStart);
        if (lineEnd < 0) {
          lineEnd = plain.length();
        }
        addSentences(tools, plain, lineStart, plain.substring(lineStart, lineEnd), sentences);
        lineStart = lineEnd + 1;
      }
      return sentences;
    } finally {
      giveBack(tools);
    }
  }

  /**
   * Lines are detected one by one: list items and headings in Markdown end without a full stop.
   * Words are split on white space first; only words of ordinary length go through the token model,
   * whose cost grows with the square of a word's length (a paragraph of Japanese has no spaces),
   * and a sentence is cut into pieces of at most {@link #MAX_SENTENCE_TOKENS} tokens.
   */
  private static void addSentences(
      Tools tools, String plain, int lineStart, String line, List<Sentence> sentences) {
    if (line.isBlank()) {
      return;
    }
    for (Span sentence : tools.sentences.sentPosDetect(line)) {
      String covered = line.substring(sentence.getStart(), sentence.getEnd());
      int sentenceStart = lineStart + sentence.getStart();
      List<Token> tokens = new ArrayList<>();
      for (Span word : WhitespaceTokenizer.INSTANCE.tokenizePos(covered)) {
        int wordStart = sentenceStart + word.getStart();
        if (word.length() > MAX_WORD_LENGTH) {
          tokens.add(
              new Token(
                  plain.substring(wordStart, wordStart + word.length()),
                  wordStart,
                  wordStart + word.length()));
          continue;
        }
        String text = covered.substring(word.getStart(), word.getEnd());
        for (Span token : tools.tokens.tokenizePos(text)) {
          int start = wordStart + token.getStart();
          int end = wordStart + token.getEnd();
          tokens.add(new Token(plain.substring(start, end), start, end));
        }
      }
      for (int from = 0; from < tokens.size(); from += MAX_SENTENCE_TOKENS) {
        List<Token> piece =
            tokens.subList(from, Math.min(tokens.size(), from + MAX_SENTENCE_TOKENS));
        boolean last = from + MAX_SENTENCE_TOKENS >= tokens.size();
        int end = last ? lineStart + sentence.getEnd() : piece.get(piece.size() - 1).end();
        int start = from == 0 ? sentenceStart : piece.get(0).start();
        sentences.add(new Sentence(start, end, piece));
      }
    }
  }

  /** The part-of-speech tag of each token of a sentence, in order. */
  public List<String> tags(Sentence sentence) {
    String[] words = sentence.tokens().stream().map(Token::text).toArray(String[]::new);
    Tools tools = borrow();
    try {
      return List.of(tools.tagger.tag(words));
    } finally {
      giveBack(tools);
    }
  }

  private Tools borrow() {
    Tools tools = pool.poll();
    return tools != null ? tools : new Tools(sentenceModel, tokenModel, posModel);
  }

  private void giveBack(Tools tools) {
    if (pool.size() < MAX_POOLED) {
      pool.offer(tools);
    }
  }

  private static <M> M load(String resource, ModelReader<M> reader) {
    try (InputStream in = EnglishText.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The language model " + resource + " is missing.");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the language model " + resource, e);
    }
  }

  /** One token: its text (with typographic apostrophes made plain) and its offsets. */
  public record Token(String text, int start, int end) {}

  /** One sentence: its offsets and its tokens. */
  public record Sentence(int start, int end, List<Token> tokens) {
    public Sentence {
      tokens = List.copyOf(tokens);
    }
  }

  @FunctionalInterface
  private interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }

  private static final class Tools {
    final SentenceDetectorME sentences;
    final TokenizerME tokens;
    final POSTaggerME tagger;

    Tools(SentenceModel sentenceModel, TokenizerModel tokenModel, POSModel posModel) {
      sentences = new SentenceDetectorME(sentenceModel);
      tokens = new TokenizerME(tokenModel);
      tagger = new POSTaggerME(posModel);
    }
  }

  private static final class Holder {
    static final EnglishText INSTANCE = new EnglishText();
  }
}
