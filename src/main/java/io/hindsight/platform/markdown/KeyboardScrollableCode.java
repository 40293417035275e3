package io.hindsight.platform.markdown;

import java.util.Map;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * A code block's {@code pre} scrolls sideways when a line is long; {@code tabindex="0"} lets
 * keyboard users reach it and scroll it (WCAG 2.1.1, axe's scrollable-region-focusable).
 */
final class KeyboardScrollableCode {

  static final String TABINDEX = "0";

  static final AttributeProvider PRE =
      (Node node, String tagName, Map<String, String> attributes) -> {
        if ("pre".equals(tagName)
            && (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock)) {
          attributes.put("tabindex", TABINDEX);
        }
      };

  private KeyboardScrollableCode() {}
}
