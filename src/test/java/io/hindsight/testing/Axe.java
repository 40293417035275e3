package io.hindsight.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The axe-core accessibility check (axe.min.js from the npm package, on the test classpath) run in
 * the page the browser shows. Only serious and critical violations count; a rule that a page cannot
 * pass yet is named with its reason, never switched off for all pages.
 */
public final class Axe {

  private static final Set<String> COUNTED = Set.of("serious", "critical");
  private static final String SOURCE = read();

  private final Map<String, String> excused;

  private Axe(Map<String, String> excused) {
    this.excused = Map.copyOf(excused);
  }

  /** Every rule counts. */
  public static Axe strict() {
    return new Axe(Map.of());
  }

  /** Every rule counts but {@code rule}, left out for {@code reason}. */
  public Axe excusing(String rule, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Say why " + rule + " is left out.");
    }
    Map<String, String> more = new java.util.HashMap<>(excused);
    more.put(rule, reason);
    return new Axe(more);
  }

  /**
   * The serious and critical violations on the page the browser shows, one line each: rule, impact,
   * help and the first offending elements; empty when the page passes.
   */
  @SuppressWarnings("unchecked")
  public List<String> violations(WebDriver browser) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
      js.executeScript(SOURCE);
    }
    Object result =
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "const rules = {};"
                + "arguments[0].forEach(r => rules[r] = {enabled: false});"
                + "axe.run(document, {rules: rules, resultTypes: ['violations']})"
                + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
                + " help: v.help, targets: v.nodes.slice(0, 5).map(n => n.target.join(' '))}))))"
                + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e),"
                + " targets: []}]));",
            List.copyOf(excused.keySet()));
    List<String> found = new ArrayList<>();
    for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
      if (COUNTED.contains(String.valueOf(violation.get("impact")))) {
        found.add(
            violation.get("id")
                + " ("
                + violation.get("impact")
                + "): "
                + violation.get("help")
                + " at "
                + violation.get("targets"));
      }
    }
    return found;
  }

  private static String read() {
    try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe/axe.min.js is not on the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
