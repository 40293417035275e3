package io.hindsight.notify.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

/**
 * The one HTTP client of chat and webhook deliveries: 5 s to connect, 10 s for the answer, and no
 * redirects followed at all (a 3xx is a failure, so a receiver can never send us to another host).
 */
@ApplicationScoped
public class OutgoingHttp {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(CONNECT_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  public void postJson(URI uri, String json, Map<String, String> headers) throws DeliveryFailure {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(READ_TIMEOUT)
            .header("Content-Type", "application/json; charset=utf-8")
            .header("User-Agent", "Hindsight")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    headers.forEach(request::header);
    HttpResponse<Void> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
    } catch (HttpTimeoutException e) {
      throw new DeliveryFailure("no answer from " + uri.getHost() + " within the timeout", e);
    } catch (IOException e) {
      throw new DeliveryFailure(
          "cannot reach " + uri.getHost() + ": " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryFailure("interrupted while posting to " + uri.getHost(), e);
    }
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      throw new DeliveryFailure(uri.getHost() + " answered HTTP " + status);
    }
  }
}
