package io.openipam.application.service;

import static io.openipam.application.fakes.Ipam.ALICE;
import static io.openipam.application.fakes.Ipam.BOB;
import static io.openipam.application.fakes.Ipam.OPERATOR;
import static io.openipam.application.port.in.ReleaseAllocation.WhenAttached.DETACH;
import static io.openipam.application.port.in.ReleaseAllocation.WhenAttached.REFUSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.fakes.APool;
import io.openipam.application.fakes.Ipam;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationState;
import io.openipam.domain.allocation.Attachment;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.Pool;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReleaseAllocationTest {

  private final Ipam ipam = new Ipam();
  private final Pool pool = ipam.add(APool.of("10.0.0.0/29"));

  private Allocation attached() {
    return ipam.allocateFromPool.allocateNext(ALICE, pool.id(),
        new AllocationDetails(null, Attachment.device("vm-1"), null, null, null, null, null));
  }

  @Test
  void puts_the_allocation_in_quarantine_at_the_next_version() {
    Allocation allocation = ipam.next(pool);
    ipam.clock.advance(Duration.ofMinutes(5));

    Allocation released = ipam.release.release(ALICE, allocation.id(), DETACH);

    assertEquals(AllocationState.RELEASED, released.state());
    assertEquals(Ipam.T0.plus(Duration.ofMinutes(5)), released.releasedAt());
    assertEquals(Ipam.T0.plus(Duration.ofMinutes(5)), released.updatedAt());
    assertEquals(Ipam.T0, released.createdAt());
    assertEquals(1, released.version());
    assertEquals(released, ipam.reread(allocation));
  }

  @Test
  void detach_releases_an_attached_allocation_and_drops_its_attachment() {
    Allocation allocation = attached();

    Allocation released = ipam.release.release(ALICE, allocation.id(), DETACH);

    assertEquals(AllocationState.RELEASED, released.state());
    assertNull(released.attachment());
    assertNull(ipam.reread(allocation).attachment());
  }

  @Test
  void refuse_does_not_release_an_attached_allocation() {
    Allocation allocation = attached();

    Conflict conflict = assertThrows(Conflict.class, () -> ipam.release.release(ALICE, allocation.id(), REFUSE));

    assertEquals(Conflict.Reason.ATTACHED, conflict.reason());
    assertEquals(allocation, ipam.reread(allocation));
  }

  @Test
  void refuse_releases_an_unattached_allocation() {
    Allocation allocation = ipam.next(pool);

    assertEquals(AllocationState.RELEASED, ipam.release.release(ALICE, allocation.id(), REFUSE).state());
  }

  @Test
  void releasing_twice_is_the_wrong_state() {
    Allocation allocation = ipam.next(pool);
    ipam.release.release(ALICE, allocation.id(), DETACH);

    Conflict conflict = assertThrows(Conflict.class, () -> ipam.release.release(ALICE, allocation.id(), DETACH));

    assertEquals(Conflict.Reason.WRONG_STATE, conflict.reason());
    assertEquals(1, ipam.reread(allocation).version());
  }

  @Test
  void a_change_made_between_read_and_write_is_a_stale_version() {
    Allocation allocation = ipam.next(pool);
    ipam.allocations.beforeNextUpdate(() -> ipam.attach.attach(ALICE, allocation.id(), Attachment.device("vm-9")));

    Conflict conflict = assertThrows(Conflict.class, () -> ipam.release.release(ALICE, allocation.id(), DETACH));

    assertEquals(Conflict.Reason.STALE_VERSION, conflict.reason());
    Allocation stored = ipam.reread(allocation);
    assertEquals(AllocationState.ALLOCATED, stored.state());
    assertEquals(Attachment.device("vm-9"), stored.attachment());
  }

  @Test
  void a_released_address_stays_blocked_in_quarantine() {
    Allocation allocation = ipam.next(pool);
    ipam.release.release(ALICE, allocation.id(), DETACH);

    Conflict conflict = assertThrows(Conflict.class, () -> ipam.allocateFromPool.allocateSpecific(ALICE, pool.id(),
        IpAddress.parse("10.0.0.1"), AllocationDetails.NONE));

    assertEquals(Conflict.Reason.ADDRESS_TAKEN, conflict.reason());
    assertEquals("10.0.0.2", ipam.next(pool).address().toString());
  }

  @Test
  void only_those_who_see_the_allocation_release_it() {
    Allocation allocation = ipam.next(pool);

    NotFound notFound = assertThrows(NotFound.class, () -> ipam.release.release(BOB, allocation.id(), DETACH));

    assertEquals(NotFound.Kind.ALLOCATION, notFound.kind());
    assertEquals(AllocationState.ALLOCATED, ipam.reread(allocation).state());
    assertEquals(AllocationState.RELEASED, ipam.release.release(OPERATOR, allocation.id(), DETACH).state());
  }
}
