package io.hindsight.platform.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The leases of scheduled jobs in the database, each taken or given up in a transaction of its own.
 * Their times are the servers' wall clock, not the application clock that tests move: a lease
 * measures real time between nodes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ScheduleLeases {

  private final Clock wall = Clock.systemUTC();

  /** This node, as lease holder: its WildFly node name and this run of the application. */
  private final String holder =
      System.getProperty("jboss.node.name", "node") + "/" + UUID.randomUUID();

  @PersistenceContext EntityManager em;

  @Transactional(Transactional.TxType.SUPPORTS)
  public String holder() {
    return holder;
  }

  /**
   * Write-locks the job's lease row until the caller's transaction ends, so that a step of the job
   * that runs on any node, or outside its timer, waits for another run of it to commit.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void hold(String job) {
    em.createNativeQuery("select job from schedule_lease where job = :job for update")
        .setParameter("job", job)
        .getResultList();
  }

  /** Takes the job's lease for this node for the term; false when another node holds it. */
  public boolean take(String job, LeaseTerm term) {
    Instant now = wall.instant();
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> LeaseTable.take(connection, job, holder, now, now.plus(term.hold())));
  }
}
