package io.hindsight.notify.application;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/**
 * Email bodies from one Mustache template ({@code notify/message.mustache}): rendered as it is for
 * the plain-text part, and rendered again with every value HTML-escaped for the HTML part, which
 * {@code notify/message.html.mustache} frames with the link. Compiled templates are thread-safe and
 * built once.
 */
@ApplicationScoped
public class MessageTemplates {

  /** The two parts of one email. */
  public record Rendered(String text, String html) {}

  private final Mustache plain =
      new DefaultMustacheFactory("notify") {
        @Override
        public void encode(String value, Writer writer) {
          try {
            writer.write(value);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }.compile("message.mustache");

  private final Mustache escaped = new DefaultMustacheFactory("notify").compile("message.mustache");
  private final Mustache html =
      new DefaultMustacheFactory("notify").compile("message.html.mustache");

  public Rendered render(String kind, String title, String body, String link) {
    Map<String, Object> scope = new HashMap<>();
    scope.put("kind", kind.replace('_', ' '));
    scope.put("title", title);
    scope.put("body", body);
    scope.put("link", link);
    String text = run(plain, scope);
    Map<String, Object> frame = new HashMap<>(scope);
    frame.put("content", run(escaped, scope).strip());
    return new Rendered(text, run(html, frame));
  }

  private static String run(Mustache template, Map<String, Object> scope) {
    StringWriter out = new StringWriter();
    template.execute(out, scope);
    return out.toString();
  }
}
