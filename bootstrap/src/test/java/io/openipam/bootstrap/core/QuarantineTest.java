package io.openipam.bootstrap.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.application.port.in.AllocateFromPool;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.in.AttachAllocation;
import io.openipam.application.port.in.PurgeReleasedAllocations;
import io.openipam.application.port.in.ReleaseAllocation;
import io.openipam.application.port.in.ReleaseAllocation.WhenAttached;
import io.openipam.application.port.in.RestoreAllocation;
import io.openipam.bootstrap.support.IpamNode;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationState;
import io.openipam.domain.allocation.Attachment;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.Exhausted;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.ReservedAddresses;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuarantineTest extends OnMariaDb {

  /** A second node on the same schema whose released addresses are due for purge at once. */
  private IpamNode withoutRetention(int leaseSize) {
    return IpamNode.start(schema, Map.of("ipam.retention", "0s", "ipam.lease-size", leaseSize, "ipam.lease-growth", 1));
  }

  @Test
  void a_released_address_stays_blocked_and_can_be_restored_within_its_retention() {
    Pool pool = privatePool(ACME, "10.10.0.0/30", ReservedAddresses.LAST_ONLY);
    Allocation first = next(ACME, pool.id());

    Allocation released = node.get(ReleaseAllocation.class).release(ACME, first.id(), WhenAttached.DETACH);

    assertEquals(AllocationState.RELEASED, released.state());
    assertEquals("10.10.0.1", next(ACME, pool.id()).address().toString());
    Conflict taken = assertThrows(Conflict.class, () -> node.get(AllocateFromPool.class)
        .allocateSpecific(ACME, pool.id(), first.address(), AllocationDetails.NONE));
    assertEquals(Conflict.Reason.ADDRESS_TAKEN, taken.reason());
    Allocation restored = node.get(RestoreAllocation.class).restore(ACME, first.id());
    assertEquals(AllocationState.ALLOCATED, restored.state());
    assertNull(restored.releasedAt());
    assertEquals(0, node.get(PurgeReleasedAllocations.class).purgeDue());
  }

  @Test
  void releasing_twice_or_restoring_an_allocated_address_is_a_conflict() {
    Pool pool = privatePool(ACME, "10.11.0.0/29", ReservedAddresses.LAST_ONLY);
    Allocation allocation = next(ACME, pool.id());
    node.get(ReleaseAllocation.class).release(ACME, allocation.id(), WhenAttached.DETACH);

    Conflict again = assertThrows(Conflict.class,
        () -> node.get(ReleaseAllocation.class).release(ACME, allocation.id(), WhenAttached.DETACH));
    node.get(RestoreAllocation.class).restore(ACME, allocation.id());
    Conflict notReleased = assertThrows(Conflict.class,
        () -> node.get(RestoreAllocation.class).restore(ACME, allocation.id()));

    assertEquals(Conflict.Reason.WRONG_STATE, again.reason());
    assertEquals(Conflict.Reason.WRONG_STATE, notReleased.reason());
  }

  @Test
  void an_attached_allocation_is_released_only_when_the_caller_allows_detaching() {
    Pool pool = privatePool(ACME, "10.12.0.0/29", ReservedAddresses.LAST_ONLY);
    Allocation allocation = next(ACME, pool.id());
    Allocation attached = node.get(AttachAllocation.class).attach(ACME, allocation.id(), Attachment.device("vm-1"));

    Conflict refused = assertThrows(Conflict.class,
        () -> node.get(ReleaseAllocation.class).release(ACME, allocation.id(), WhenAttached.REFUSE));
    Allocation released = node.get(ReleaseAllocation.class).release(ACME, allocation.id(), WhenAttached.DETACH);

    assertEquals("vm-1", attached.attachment().deviceId());
    assertEquals(Conflict.Reason.ATTACHED, refused.reason());
    assertNull(released.attachment());
  }

  @Test
  void after_the_retention_the_purge_returns_the_address_and_it_is_handed_out_first() {
    try (IpamNode noRetention = withoutRetention(1)) {
      Pool pool = privatePool(ACME, "10.13.0.0/29", ReservedAddresses.LAST_ONLY);
      AllocateFromPool allocate = noRetention.get(AllocateFromPool.class);
      Allocation first = allocate.allocateNext(ACME, pool.id(), AllocationDetails.NONE);
      allocate.allocateNext(ACME, pool.id(), AllocationDetails.NONE);
      noRetention.get(ReleaseAllocation.class).release(ACME, first.id(), WhenAttached.DETACH);

      Conflict expired = assertThrows(Conflict.class,
          () -> noRetention.get(RestoreAllocation.class).restore(ACME, first.id()));
      int purged = noRetention.get(PurgeReleasedAllocations.class).purgeDue();

      assertEquals(Conflict.Reason.RETENTION_EXPIRED, expired.reason());
      assertTrue(purged >= 1);
      assertEquals(first.address(), allocate.allocateNext(ACME, pool.id(), AllocationDetails.NONE).address());
      assertEquals(IpAddress.parse("10.13.0.2"), allocate.allocateNext(ACME, pool.id(), AllocationDetails.NONE).address());
    }
  }

  @Test
  void a_pool_filled_to_the_end_recovers_the_purged_addresses() {
    try (IpamNode noRetention = withoutRetention(4)) {
      Pool pool = privatePool(ACME, "10.14.0.0/30", ReservedAddresses.LAST_ONLY);
      AllocateFromPool allocate = noRetention.get(AllocateFromPool.class);
      Allocation first = allocate.allocateNext(ACME, pool.id(), AllocationDetails.NONE);
      allocate.allocateNext(ACME, pool.id(), AllocationDetails.NONE);
      allocate.allocateNext(ACME, pool.id(), AllocationDetails.NONE);
      assertThrows(Exhausted.class, () -> allocate.allocateNext(ACME, pool.id(), AllocationDetails.NONE));

      noRetention.get(ReleaseAllocation.class).release(ACME, first.id(), WhenAttached.DETACH);
      noRetention.get(PurgeReleasedAllocations.class).purgeDue();

      assertEquals(first.address(), allocate.allocateNext(ACME, pool.id(), AllocationDetails.NONE).address());
    }
  }
}
