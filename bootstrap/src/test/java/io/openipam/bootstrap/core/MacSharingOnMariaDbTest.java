package io.openipam.bootstrap.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.application.port.in.AllocatePublicAddress;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.in.AssignMac;
import io.openipam.application.port.in.AttachTogether;
import io.openipam.application.port.in.FindPublicAllocations;
import io.openipam.application.port.in.ReleaseAllocation;
import io.openipam.application.port.out.MacHolders;
import io.openipam.domain.address.IpFamily;
import io.openipam.domain.address.MacAddress;
import io.openipam.domain.address.MacPrefix;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.Attachment;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.pool.LocationId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MAC sharing, group attachment and public addresses by location on the real store (the shipped demo-1 pools). */
class MacSharingOnMariaDbTest extends OnMariaDb {

  private static final LocationId ZONE = new LocationId("demo-1");
  private static final Attachment SRV1 = Attachment.device("srv-1");
  private static final Attachment SRV2 = Attachment.device("srv-2");

  private Allocation leased() {
    return node.get(AllocatePublicAddress.class).allocate(ACME, ZONE, IpFamily.V4, 32, AllocationDetails.NONE);
  }

  @Test
  void the_store_finds_the_live_holders_of_a_mac() {
    Allocation a = leased();
    Allocation b = leased();
    node.get(AttachTogether.class).attach(ACME, List.of(a.id(), b.id()), SRV1);
    MacAddress mac = node.get(AssignMac.class).generate(ACME, a.id(), MacPrefix.parse("52:54:00")).mac();
    node.get(AssignMac.class).share(ACME, b.id(), a.id());

    assertEquals(List.of(a.id(), b.id()).stream().sorted((x, y) -> x.value().compareTo(y.value())).toList(),
        node.get(MacHolders.class).holding(mac));
    node.get(ReleaseAllocation.class).release(ACME, b.id(), ReleaseAllocation.WhenAttached.DETACH);
    assertEquals(List.of(a.id()), node.get(MacHolders.class).holding(mac));
  }

  @Test
  void a_group_moves_whole_and_a_member_detached_alone_loses_the_mac() {
    Allocation a = leased();
    Allocation b = leased();
    Allocation c = leased();
    AttachTogether together = node.get(AttachTogether.class);
    together.attach(ACME, List.of(a.id(), b.id()), SRV1);
    MacAddress mac = node.get(AssignMac.class).generate(ACME, a.id(), MacPrefix.parse("52:54:00")).mac();
    node.get(AssignMac.class).share(ACME, b.id(), a.id());

    assertThrows(Conflict.class, () -> together.attach(ACME, List.of(a.id(), c.id()), SRV2));
    assertEquals(SRV1, node.get(FindPublicAllocations.class).get(ACME, ZONE, a.id()).attachment());
    together.attach(ACME, List.of(a.id(), b.id()), SRV2);
    Allocation detached = together.detach(ACME, List.of(b.id())).getFirst();

    assertNull(detached.mac());
    assertEquals(mac, node.get(FindPublicAllocations.class).get(ACME, ZONE, a.id()).mac());
  }

  @Test
  void lists_the_public_addresses_of_the_location() {
    Allocation a = leased();

    List<AllocationId> listed = node.get(FindPublicAllocations.class).list(ACME, ACME.tenant(), ZONE, IpFamily.V4, 32).stream()
        .map(Allocation::id).toList();

    assertTrue(listed.contains(a.id()));
    assertTrue(node.get(FindPublicAllocations.class).list(GLOBEX, GLOBEX.tenant(), ZONE, IpFamily.V4, 32).isEmpty());
  }
}
