package io.hindsight.platform.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * Whether a parsed document needs the HTML sanitizer. commonmark-java escapes every text and
 * attribute it writes, so its output holds only the elements Markdown produces; what can still
 * carry script is raw HTML and link or image destinations. A document without raw HTML whose
 * destinations are all relative or http, https or mailto is safe as rendered, and skipping the
 * sanitizer for it roughly doubles rendering speed (docs/benchmarks.md).
 */
final class SanitizerNeed extends AbstractVisitor {

  private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*):");

  private boolean needed;

  private SanitizerNeed() {}

  static boolean of(Node document) {
    SanitizerNeed check = new SanitizerNeed();
    document.accept(check);
    return check.needed;
  }

  @Override
  public void visit(HtmlBlock htmlBlock) {
    needed = true;
  }

  @Override
  public void visit(HtmlInline htmlInline) {
    needed = true;
  }

  @Override
  public void visit(Link link) {
    check(link.getDestination());
    visitChildren(link);
  }

  @Override
  public void visit(Image image) {
    check(image.getDestination());
    visitChildren(image);
  }

  private void check(String destination) {
    if (!needed && !isSafe(destination)) {
      needed = true;
    }
  }

  static boolean isSafe(String destination) {
    if (destination == null) {
      return false;
    }
    for (int i = 0; i < destination.length(); i++) {
      char c = destination.charAt(i);
      if (c <= 0x20 || c == 0x7f || c == '\\') {
        return false;
      }
    }
    int colon = destination.indexOf(':');
    int pathStart = firstOf(destination, "/?#");
    if (colon < 0 || (pathStart >= 0 && pathStart < colon)) {
      return true;
    }
    Matcher scheme = SCHEME.matcher(destination);
    return scheme.find()
        && scheme.end() == colon + 1
        && SAFE_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT));
  }

  private static int firstOf(String text, String characters) {
    int first = -1;
    for (char c : characters.toCharArray()) {
      int at = text.indexOf(c);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    return first;
  }
}
