package io.hindsight.notify.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.RollbackException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderSweepTest {

  private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

  private final List<String> reminded = new ArrayList<>();

  @Test
  void aSubjectWhoseCommitFailsDoesNotStopTheOthers() {
    ReminderSweep sweep = new ReminderSweep();
    sweep.postmortems =
        new PostmortemNotices() {
          @Override
          public List<Long> dueIds(Instant now) {
            return List.of(1L, 2L);
          }

          @Override
          public void remind(Long id, Instant now) {
            if (id == 1L) {
              // What a transactional proxy throws when the commit fails: checked, undeclared.
              ReminderSweepTest.<RuntimeException>sneaky(
                  new RollbackException("ARJUNA016053: Could not commit transaction."));
            }
            reminded.add("post-mortem " + id);
          }
        };
    sweep.statusUpdates =
        new StatusUpdateNotices() {
          @Override
          public List<Long> openIds() {
            return List.of(3L);
          }

          @Override
          public void remind(Long id, Instant now) {
            reminded.add("incident " + id);
          }
        };
    sweep.actionItems =
        new ActionItemNotices() {
          @Override
          public List<Long> dueIds(Instant now) {
            return List.of(4L);
          }

          @Override
          public void remind(Long id, Instant now) {
            reminded.add("action item " + id);
          }
        };
    sweep.digests =
        new DigestNotices() {
          @Override
          public int send(Instant now) {
            reminded.add("digests");
            return 0;
          }
        };

    sweep.sweepNow(NOW);

    assertThat(reminded).containsExactly("post-mortem 2", "incident 3", "action item 4", "digests");
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> void sneaky(Throwable e) throws E {
    throw (E) e;
  }
}
