package io.hindsight.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import org.hibernate.Session;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * A lock that every node of the cluster shares, held for one transaction: on PostgreSQL a
 * transaction-level advisory lock, so that nodes starting at the same moment do one-time work one
 * after the other instead of deadlocking on each other's inserts. H2 is embedded in one node, whose
 * startup work runs once, so there it takes nothing.
 */
@ApplicationScoped
public class ClusterLock {

  @PersistenceContext EntityManager em;

  private boolean advisory;

  @PostConstruct
  void chooseDialect() {
    advisory =
        em.getEntityManagerFactory()
                .unwrap(SessionFactoryImplementor.class)
                .getJdbcServices()
                .getDialect()
            instanceof PostgreSQLDialect;
  }

  /** Runs {@code work} in one transaction that holds the lock {@code name} from start to commit. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <T> T holding(String name, Supplier<T> work) {
    if (advisory) {
      em.unwrap(Session.class)
          .doWork(
              connection -> {
                try (PreparedStatement lock =
                    connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                  lock.setLong(1, key(name));
                  lock.execute();
                }
              });
    }
    return work.get();
  }

  static long key(String name) {
    CRC32 crc = new CRC32();
    crc.update(name.getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }
}
