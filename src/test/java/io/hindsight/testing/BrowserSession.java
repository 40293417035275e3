package io.hindsight.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP session for Faces pages: keeps cookies and posts forms with their view state.
 */
public final class BrowserSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;
  private final URI base;

  public BrowserSession(URL base) {
    this.base = URI.create(base.toString());
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /**
   * Signs in through the login form, asking to go to {@code next} afterwards; fails the test unless
   * the form redirects, as it does for a good password.
   */
  public BrowserSession signIn(String user, String password, String next) {
    HttpResponse<String> reply =
        submit(
            "login.xhtml",
            "login",
            Map.of("username", user, "password", password, "sign-in", "Sign in", "next", next));
    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(302);
    return this;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(resolve(path)).GET());
  }

  /**
   * Loads {@code page}, then posts the form {@code formId} with {@code fields} and the page's view
   * state.
   */
  public HttpResponse<String> submit(String page, String formId, Map<String, String> fields) {
    HttpResponse<String> form = get(page);
    Matcher state = VIEW_STATE.matcher(form.body());
    if (!state.find()) {
      throw new IllegalStateException("No view state on " + page + ": " + form.statusCode());
    }
    Map<String, String> all = new LinkedHashMap<>();
    all.put(formId, formId);
    all.putAll(fields);
    all.put("jakarta.faces.ViewState", unescape(state.group(1)));
    return post(page, all);
  }

  /**
   * Posts the form {@code formId} of {@code html} (the page at {@code page}) as a browser would,
   * with every field it shows and its view state, and {@code changes} applied.
   */
  public HttpResponse<String> postForm(
      String page, String html, String formId, Map<String, String> changes) {
    Map<String, String> fields = PageForm.fields(html, formId);
    fields.putAll(changes);
    return post(page, fields);
  }

  public HttpResponse<String> post(String path, Map<String, String> fields) {
    return send(form(path, fields));
  }

  /** A browser's post of {@code fields}, url-encoded, from this server's own origin. */
  private HttpRequest.Builder form(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(resolve(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Origin", base.getScheme() + "://" + base.getAuthority())
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  /**
   * Posts the form of {@code source} (a button "form:button") as faces.js does for a button with
   * {@code data-ajax-render}: a Faces Ajax request from {@code source} that executes {@code
   * execute} and renders {@code render}; the answer is a partial response.
   */
  public HttpResponse<String> ajax(
      String page,
      String viewState,
      String source,
      String execute,
      String render,
      Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>();
    String form = source.substring(0, source.indexOf(':'));
    all.put(form, form);
    all.putAll(fields);
    all.put(source, source);
    all.put("jakarta.faces.ViewState", viewState);
    all.put("jakarta.faces.source", source);
    all.put("jakarta.faces.partial.event", "click");
    all.put("jakarta.faces.partial.execute", keywords(execute, form, source) + " " + source);
    all.put("jakarta.faces.partial.render", keywords(render, form, source));
    all.put("jakarta.faces.partial.ajax", "true");
    return send(form(page, all).header("Faces-Request", "partial/ajax"));
  }

  /** faces.js sends {@code @form} and {@code @this} as the client ids they stand for. */
  private static String keywords(String ids, String form, String source) {
    return ids.replace("@form", form).replace("@this", source);
  }

  /** The view state of a page's forms, as a form post sends it back. */
  public static String viewState(String html) {
    Matcher state = VIEW_STATE.matcher(html);
    if (!state.find()) {
      throw new IllegalStateException("No view state in the page.");
    }
    return unescape(state.group(1));
  }

  /** The page a redirect leads to, as a browser would follow it; any other reply as it is. */
  public HttpResponse<String> follow(HttpResponse<String> reply) {
    if (reply.statusCode() != 302 && reply.statusCode() != 303) {
      return reply;
    }
    String location = reply.headers().firstValue("Location").orElseThrow();
    return send(HttpRequest.newBuilder(reply.uri().resolve(location)).GET());
  }

  public String sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("HINDSIGHT_SESSION"))
        .map(java.net.HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  private URI resolve(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String unescape(String html) {
    return html.replace("&amp;", "&").replace("&#58;", ":").replace("&quot;", "\"");
  }
}
