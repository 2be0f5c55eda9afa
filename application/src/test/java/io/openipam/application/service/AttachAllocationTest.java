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
import io.openipam.domain.allocation.Attachment;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.Pool;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AttachAllocationTest {

  private static final Attachment VM1 = new Attachment("vm-1", "eth0");
  private static final Attachment VM2 = Attachment.device("vm-2");

  private final Ipam ipam = new Ipam();
  private final Pool pool = ipam.add(APool.of("10.0.0.0/29"));
  private final Allocation allocation = ipam.next(pool);

  @Test
  void binds_the_allocation_at_the_next_version() {
    ipam.clock.advance(Duration.ofSeconds(30));

    Allocation attached = ipam.attach.attach(ALICE, allocation.id(), VM1);

    assertEquals(VM1, attached.attachment());
    assertEquals(1, attached.version());
    assertEquals(Ipam.T0.plus(Duration.ofSeconds(30)), attached.updatedAt());
    assertEquals(attached, ipam.reread(allocation));
  }

  @Test
  void attaching_to_the_same_attachment_changes_nothing() {
    Allocation attached = ipam.attach.attach(ALICE, allocation.id(), VM1);
    ipam.clock.advance(Duration.ofSeconds(30));

    Allocation again = ipam.attach.attach(ALICE, allocation.id(), new Attachment("vm-1", "eth0"));

    assertEquals(attached, again);
    assertEquals(1, again.version());
    assertEquals(attached, ipam.reread(allocation));
  }

  @Test
  void attaching_to_something_else_re_attaches() {
    ipam.attach.attach(ALICE, allocation.id(), VM1);

    Allocation moved = ipam.attach.attach(ALICE, allocation.id(), VM2);

    assertEquals(VM2, moved.attachment());
    assertEquals(2, moved.version());
  }

  @Test
  void detaching_unbinds_at_the_next_version() {
    ipam.attach.attach(ALICE, allocation.id(), VM1);

    Allocation detached = ipam.attach.detach(ALICE, allocation.id());

    assertNull(detached.attachment());
    assertEquals(2, detached.version());
    assertNull(ipam.reread(allocation).attachment());
  }

  @Test
  void detaching_an_unattached_allocation_changes_nothing() {
    Allocation detached = ipam.attach.detach(ALICE, allocation.id());

    assertEquals(allocation, detached);
    assertEquals(0, ipam.reread(allocation).version());
  }

  @Test
  void a_released_allocation_cannot_be_attached() {
    ipam.release.release(ALICE, allocation.id(), DETACH);

    Conflict conflict = assertThrows(Conflict.class, () -> ipam.attach.attach(ALICE, allocation.id(), VM1));

    assertEquals(Conflict.Reason.WRONG_STATE, conflict.reason());
    assertNull(ipam.reread(allocation).attachment());
  }

  @Test
  void attaching_needs_an_attachment() {
    assertThrows(NullPointerException.class, () -> ipam.attach.attach(ALICE, allocation.id(), null));
    assertEquals(0, ipam.reread(allocation).version());
  }

  @Test
  void a_change_made_between_read_and_write_is_a_stale_version() {
    ipam.allocations.beforeNextUpdate(() -> ipam.attach.attach(ALICE, allocation.id(), VM2));

    Conflict conflict = assertThrows(Conflict.class, () -> ipam.attach.attach(ALICE, allocation.id(), VM1));

    assertEquals(Conflict.Reason.STALE_VERSION, conflict.reason());
    assertEquals(VM2, ipam.reread(allocation).attachment());
  }

  @Test
  void another_tenant_cannot_attach_it() {
    assertEquals(NotFound.Kind.ALLOCATION,
        assertThrows(NotFound.class, () -> ipam.attach.attach(BOB, allocation.id(), VM1)).kind());
    assertEquals(NotFound.Kind.ALLOCATION,
        assertThrows(NotFound.class, () -> ipam.attach.detach(BOB, allocation.id())).kind());
    assertNull(ipam.reread(allocation).attachment());
  }
}
