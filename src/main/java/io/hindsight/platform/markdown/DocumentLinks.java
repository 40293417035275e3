package io.hindsight.platform.markdown;

import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How the links and images of one document are rewritten when it is rendered: a link may be marked
 * as pointing at nothing ({@code class="missing-link"} with the reason as its title).
 */
public interface DocumentLinks {

  /** What the destination of a link becomes. */
  LinkTarget link(String destination);

  /** What the source of an image becomes. */
  String image(String destination);

  /** The same rewrite for links and images, none of them marked missing. */
  static DocumentLinks rewriting(UnaryOperator<String> rewrite) {
    Objects.requireNonNull(rewrite, "rewrite");
    return new DocumentLinks() {
      @Override
      public LinkTarget link(String destination) {
        return LinkTarget.to(rewrite.apply(destination));
      }

      @Override
      public String image(String destination) {
        return rewrite.apply(destination);
      }
    };
  }

  /**
   * A link's new destination, and why it points at nothing, if it does.
   *
   * @param missing the reason, shown as the link's title, when the target does not exist
   */
  record LinkTarget(String destination, Optional<String> missing) {

    public LinkTarget {
      Objects.requireNonNull(destination, "destination");
      Objects.requireNonNull(missing, "missing");
    }

    public static LinkTarget to(String destination) {
      return new LinkTarget(destination, Optional.empty());
    }

    public static LinkTarget missing(String destination, String reason) {
      return new LinkTarget(destination, Optional.of(reason));
    }
  }
}
