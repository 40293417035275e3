package io.hindsight.runbook.application;

import io.hindsight.platform.markdown.FrontMatter;
import io.hindsight.platform.markdown.InvalidFrontMatterException;
import io.hindsight.platform.markdown.MarkdownDocument;

/** A file split into front matter and body; with unreadable front matter, all of it is body. */
record RunbookSource(FrontMatter front, String body, int bodyFirstLine) {

  static RunbookSource of(String text) {
    try {
      MarkdownDocument document = MarkdownDocument.parse(text);
      String body = document.body();
      int firstLine =
          text.endsWith(body)
              ? (int) text.substring(0, text.length() - body.length()).lines().count() + 1
              : 1;
      return new RunbookSource(document.frontMatter(), body, firstLine);
    } catch (InvalidFrontMatterException invalid) {
      return new RunbookSource(FrontMatter.empty(), text, 1);
    }
  }
}
