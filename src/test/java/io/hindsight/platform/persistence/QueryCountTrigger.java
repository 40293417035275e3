package io.hindsight.platform.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Hibernate's statistics from a test: {@code POST /api/it/queries} turns them on and starts the
 * count again, {@code GET /api/it/queries} answers how many SQL statements ran since. Added to the
 * WAR by {@code ListQueryCountIT} only, under {@code /api/} so that it takes an API token; tests of
 * one server run one at a time, so the count is the requests' in between.
 */
@WebServlet("/api/it/queries")
public class QueryCountTrigger extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @PersistenceUnit(unitName = "hindsight")
  transient EntityManagerFactory factory;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Statistics statistics = statistics();
    statistics.setStatisticsEnabled(true);
    statistics.clear();
    response.setContentType("text/plain");
    response.getWriter().print(0);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain");
    response.getWriter().print(statistics().getPrepareStatementCount());
  }

  private Statistics statistics() {
    return factory.unwrap(SessionFactory.class).getStatistics();
  }
}
