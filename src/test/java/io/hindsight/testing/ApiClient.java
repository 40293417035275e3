package io.hindsight.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A plain HTTP client for the API: real requests over the wire, JSON read with JSON-P. */
public final class ApiClient {

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final URI base;
  private String authorization;

  public ApiClient(URL base) {
    this.base = URI.create(base.toString());
  }

  /** A client with an API token of its own for {@code user}, a demo user or the admin. */
  public static ApiClient signedIn(URL base, String user) {
    return signedIn(base, user, DemoUsers.passwordOf(user));
  }

  /** A client with an API token of its own for {@code user}. */
  public static ApiClient signedIn(URL base, String user, String password) {
    return new ApiClient(base).bearer(issueToken(base, user, password));
  }

  /** Issues an API token with Basic authentication; fails the test unless one is issued. */
  public static String issueToken(URL base, String user, String password) {
    Reply issued =
        new ApiClient(base)
            .basic(user, password)
            .post("api/v1/tokens", "{\"name\":\"integration tests\"}");
    assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
    return issued.json().getString("token");
  }

  public ApiClient bearer(String token) {
    this.authorization = "Bearer " + token;
    return this;
  }

  public ApiClient basic(String user, String password) {
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return this;
  }

  public ApiClient anonymous() {
    this.authorization = null;
    return this;
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  public Reply delete(String path) {
    return send(request(path).DELETE());
  }

  public Reply post(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply put(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply post(String path, String contentType, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public Reply raw(HttpRequest.Builder builder) {
    return send(builder);
  }

  public HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json, application/problem+json");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response, with its body as JSON when it is JSON. */
  public record Reply(HttpResponse<String> response) {

    public int status() {
      return response.statusCode();
    }

    public String body() {
      return response.body();
    }

    public String contentType() {
      return response.headers().firstValue("Content-Type").orElse("");
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public JsonObject json() {
      return Json.createReader(new StringReader(response.body())).readObject();
    }

    public JsonStructure jsonValue() {
      return Json.createReader(new StringReader(response.body())).read();
    }

    @Override
    public String toString() {
      return status() + " " + contentType() + " " + body();
    }
  }
}
