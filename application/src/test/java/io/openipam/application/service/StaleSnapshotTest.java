package io.openipam.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.fakes.APool;
import io.openipam.application.fakes.FixedSettings;
import io.openipam.application.fakes.Ipam;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.in.CreatePool;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.Visibility;
import org.junit.jupiter.api.Test;

/**
 * A process allocates from a snapshot of its pool. When another process has changed the pool
 * since, the store's refusal is turned into what really happened, never into a wrong answer.
 */
class StaleSnapshotTest {

  private final Ipam first = new Ipam(FixedSettings.defaults().withLeaseSize(4));
  private final Ipam second = first.anotherProcess(FixedSettings.defaults().withLeaseSize(4));
  private final Pool pool = first.add(APool.of("10.0.0.0/24").owner(Ipam.ALICE.tenant()));

  private void subdivideInTheSecondProcess() {
    second.createPool.create(Ipam.ALICE, CreatePool.NewPool.builder(Ipam.ALICE.tenant(),
        IpPrefix.parse("10.0.0.0/25"), Visibility.PRIVATE).parent(pool.id()).build());
  }

  @Test
  void a_pool_subdivided_by_another_process_is_a_conflict_and_not_exhaustion() {
    first.snapshots.recent(pool.id());
    subdivideInTheSecondProcess();

    Conflict next = assertThrows(Conflict.class,
        () -> first.allocateFromPool.allocateNext(Ipam.ALICE, pool.id(), AllocationDetails.NONE));
    Conflict specific = assertThrows(Conflict.class, () -> first.allocateFromPool.allocateSpecific(Ipam.ALICE,
        pool.id(), IpAddress.parse("10.0.0.200"), AllocationDetails.NONE));

    assertEquals(Conflict.Reason.POOL_HAS_SUBPOOLS, next.reason());
    assertEquals(Conflict.Reason.POOL_HAS_SUBPOOLS, specific.reason());
    assertEquals(0, first.allocations.size());
  }

  @Test
  void a_pool_deleted_by_another_process_is_not_found() {
    first.snapshots.recent(pool.id());
    second.removePool.remove(Ipam.ALICE, pool.id());

    assertThrows(NotFound.class,
        () -> first.allocateFromPool.allocateNext(Ipam.ALICE, pool.id(), AllocationDetails.NONE));
  }

  @Test
  void a_pool_whose_last_sub_pool_is_removed_hands_out_addresses_again() {
    subdivideInTheSecondProcess();
    Pool child = second.findPools.subpools(Ipam.ALICE, pool.id()).getFirst();

    second.removePool.remove(Ipam.ALICE, child.id());

    assertEquals("10.0.0.1", first.allocateFromPool.allocateNext(Ipam.ALICE, pool.id(), AllocationDetails.NONE)
        .address().toString());
  }
}
