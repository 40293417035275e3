package io.hindsight.notify;

import io.hindsight.notify.application.Delivery;
import io.hindsight.notify.application.DeliveryClaims;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Two delivery workers racing: {@code POST /api/it/notify/claim-race?at=instant&batch=n} claims
 * from two threads at once, each in its own transactions as the worker does, until neither finds
 * anything due at {@code at}, and answers the ids each one claimed. Part of the suite's WAR ({@code
 * SuiteDeployment}).
 */
@WebServlet("/api/it/notify/claim-race")
public class ClaimRaceTrigger extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient DeliveryClaims claims;
  @Resource transient ManagedExecutorService executor;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Instant at = Instant.parse(request.getParameter("at"));
    int batch = Integer.parseInt(request.getParameter("batch"));
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Long>>> workers = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      workers.add(executor.submit(() -> claimAll(start, at, batch)));
    }
    start.countDown();
    JsonArrayBuilder answer = Json.createArrayBuilder();
    try {
      for (Future<List<Long>> worker : workers) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        worker.get(60, TimeUnit.SECONDS).forEach(ids::add);
        answer.add(ids);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException(e);
    }
    response.setContentType("application/json");
    response.getWriter().print(answer.build());
  }

  private List<Long> claimAll(CountDownLatch start, Instant at, int batch)
      throws InterruptedException {
    start.await();
    List<Long> claimed = new ArrayList<>();
    List<Delivery> due;
    while (!(due = claims.claim(at, batch)).isEmpty()) {
      due.forEach(d -> claimed.add(d.id()));
    }
    return claimed;
  }
}
