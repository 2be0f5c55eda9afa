package io.openipam.application.service;

import static io.openipam.application.fakes.Ipam.ALICE;
import static io.openipam.application.fakes.Ipam.BOB;
import static io.openipam.application.port.in.ReleaseAllocation.WhenAttached.DETACH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.fakes.APool;
import io.openipam.application.fakes.Ipam;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationState;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.Pool;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RestoreAllocationTest {

  private static final Duration RETENTION = Duration.ofDays(2);

  private final Ipam ipam = new Ipam();
  private final Pool pool = ipam.add(APool.of("10.0.0.0/29"));
  private final Allocation allocation = ipam.next(pool);

  @Test
  void takes_a_released_allocation_out_of_quarantine_at_the_next_version() {
    ipam.release.release(ALICE, allocation.id(), DETACH);
    ipam.clock.advance(Duration.ofHours(1));

    Allocation restored = ipam.restore.restore(ALICE, allocation.id());

    assertEquals(AllocationState.ALLOCATED, restored.state());
    assertNull(restored.releasedAt());
    assertEquals(Ipam.T0.plus(Duration.ofHours(1)), restored.updatedAt());
    assertEquals(2, restored.version());
    assertEquals(allocation.prefix(), restored.prefix());
    assertEquals(restored, ipam.reread(allocation));
  }

  @Test
  void restores_up_to_the_last_moment_of_the_retention() {
    ipam.release.release(ALICE, allocation.id(), DETACH);
    ipam.clock.advance(RETENTION.minusMillis(1));

    assertEquals(AllocationState.ALLOCATED, ipam.restore.restore(ALICE, allocation.id()).state());
  }

  @Test
  void refuses_once_the_retention_has_run_out() {
    ipam.release.release(ALICE, allocation.id(), DETACH);
    ipam.clock.advance(RETENTION);

    Conflict conflict = assertThrows(Conflict.class, () -> ipam.restore.restore(ALICE, allocation.id()));

    assertEquals(Conflict.Reason.RETENTION_EXPIRED, conflict.reason());
    assertEquals(AllocationState.RELEASED, ipam.reread(allocation).state());
  }

  @Test
  void refuses_an_allocation_that_is_not_released() {
    Conflict conflict = assertThrows(Conflict.class, () -> ipam.restore.restore(ALICE, allocation.id()));

    assertEquals(Conflict.Reason.WRONG_STATE, conflict.reason());
    assertEquals(0, ipam.reread(allocation).version());
  }

  @Test
  void a_purged_allocation_is_gone() {
    ipam.release.release(ALICE, allocation.id(), DETACH);
    ipam.clock.advance(RETENTION);
    ipam.purge.purgeDue();

    assertEquals(NotFound.Kind.ALLOCATION,
        assertThrows(NotFound.class, () -> ipam.restore.restore(ALICE, allocation.id())).kind());
  }

  @Test
  void another_tenant_cannot_restore_it() {
    ipam.release.release(ALICE, allocation.id(), DETACH);

    assertThrows(NotFound.class, () -> ipam.restore.restore(BOB, allocation.id()));
    assertEquals(AllocationState.RELEASED, ipam.reread(allocation).state());
  }

  @Test
  void a_change_made_between_read_and_write_is_a_stale_version() {
    ipam.release.release(ALICE, allocation.id(), DETACH);
    ipam.allocations.beforeNextUpdate(() -> ipam.restore.restore(ALICE, allocation.id()));

    Conflict conflict = assertThrows(Conflict.class, () -> ipam.restore.restore(ALICE, allocation.id()));

    assertEquals(Conflict.Reason.STALE_VERSION, conflict.reason());
    assertEquals(2, ipam.reread(allocation).version());
  }
}
