package io.hindsight.platform.persistence;

import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import org.hibernate.LockOptions;

/**
 * A queue's claim: the rows a query finds, write-locked for the rest of the transaction, skipping
 * rows another transaction holds ({@code FOR UPDATE SKIP LOCKED} on PostgreSQL; H2 has no SKIP
 * LOCKED and waits instead), so that no two workers on any node take the same row.
 */
public final class SkipLocked {

  private SkipLocked() {}

  public static <T> java.util.List<T> claim(TypedQuery<T> query) {
    return query
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
        .getResultList();
  }
}
