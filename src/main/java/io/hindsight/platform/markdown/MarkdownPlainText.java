package io.hindsight.platform.markdown;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The text a reader sees in a Markdown body, without markup, link destinations or HTML tags, for
 * indexing and snippets. Blocks end with a line break.
 */
public final class MarkdownPlainText {

  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();
  private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*[^<>]*>");

  private MarkdownPlainText() {}

  public static String of(String markdownBody) {
    Collector collector = new Collector();
    PARSER.parse(Objects.requireNonNull(markdownBody, "markdownBody")).accept(collector);
    return collector.text.toString().strip();
  }

  private static final class Collector extends AbstractVisitor {

    private final StringBuilder text = new StringBuilder();

    @Override
    public void visit(Text literal) {
      text.append(literal.getLiteral());
    }

    @Override
    public void visit(Code code) {
      text.append(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
      text.append('\n');
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
      text.append('\n');
    }

    @Override
    public void visit(HtmlInline html) {
      text.append(' ');
    }

    @Override
    public void visit(HtmlBlock html) {
      text.append(HTML_TAG.matcher(html.getLiteral()).replaceAll(" ")).append('\n');
    }

    @Override
    public void visit(FencedCodeBlock code) {
      text.append(code.getLiteral()).append('\n');
    }

    @Override
    public void visit(IndentedCodeBlock code) {
      text.append(code.getLiteral()).append('\n');
    }

    @Override
    public void visit(CustomNode node) {
      visitChildren(node);
      if (node instanceof TableCell) {
        text.append(' ');
      } else if (node instanceof TableRow) {
        endBlock();
      }
    }

    @Override
    protected void visitChildren(Node parent) {
      super.visitChildren(parent);
      if (parent instanceof Block && !(parent instanceof org.commonmark.node.Document)) {
        endBlock();
      }
    }

    private void endBlock() {
      if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
        text.append('\n');
      }
    }
  }
}
