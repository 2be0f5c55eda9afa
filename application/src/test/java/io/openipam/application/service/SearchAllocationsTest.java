package io.openipam.application.service;

import static io.openipam.application.fakes.Ipam.ALICE;
import static io.openipam.application.fakes.Ipam.BOB;
import static io.openipam.application.fakes.Ipam.OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.fakes.APool;
import io.openipam.application.fakes.Devices;
import io.openipam.application.fakes.Ipam;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.in.ConfigureInterface.Wanted;
import io.openipam.application.port.in.ReleaseAllocation;
import io.openipam.application.port.in.SearchAllocations.Query;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationState;
import io.openipam.domain.allocation.Attachment;
import io.openipam.domain.device.InterfaceId;
import io.openipam.domain.error.Forbidden;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.tenant.Principal;
import io.openipam.domain.tenant.TenantId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchAllocationsTest {

  private final Ipam ipam = new Ipam();
  private final Devices devices = new Devices(ipam);
  private final Pool first = ipam.add(APool.of("10.0.0.0/29").owner("alice"));
  private final Pool second = ipam.add(APool.of("10.1.0.0/29").owner("alice"));

  private Allocation allocate(Pool pool, String lessee, String device, String iface) {
    return ipam.allocateFromPool.allocateNext(ALICE, pool.id(), new AllocationDetails(new TenantId(lessee),
        device == null && iface == null ? null : new Attachment(device, iface), null, null, null, null, null));
  }

  private static Query query(TenantId lessee, String device, IpAddress address, AllocationState state) {
    return new Query(lessee, device, address, state, null, 100);
  }

  @Test
  void lists_across_pools_by_lessee_device_and_address_in_id_order() {
    Allocation a = allocate(first, "bob", "dev-1", "vif-1");
    Allocation b = allocate(second, "bob", "dev-2", "vif-2");
    Allocation c = allocate(second, "carol", "dev-1", null);
    ipam.release.release(ALICE, c.id(), ReleaseAllocation.WhenAttached.DETACH);

    assertEquals(List.of(a, b), devices.searchAllocations.list(BOB, query(BOB.tenant(), null, null, null)));
    assertEquals(List.of(a), devices.searchAllocations.list(BOB, query(BOB.tenant(), "dev-1", null, null)));
    assertEquals(List.of(b), devices.searchAllocations.list(OPERATOR, query(null, null, b.address(), null)));
    assertEquals(List.of(a, b), devices.searchAllocations.list(OPERATOR, query(null, null, null,
        AllocationState.ALLOCATED)));
    assertEquals(List.of(b), devices.searchAllocations.list(OPERATOR,
        new Query(null, null, null, null, a.id(), 1)));
  }

  @Test
  void everyone_allocations_are_for_operators_and_a_tenant_lists_only_its_own() {
    assertThrows(Forbidden.class, () -> devices.searchAllocations.list(ALICE, query(null, null, null, null)));
    assertThrows(Forbidden.class, () -> devices.searchAllocations.list(ALICE, query(BOB.tenant(), null, null, null)));
  }

  @Test
  void lists_the_allocations_of_an_interface_that_the_caller_may_see() {
    devices.configure.create(BOB, new Wanted(new InterfaceId("vif-1"), BOB.tenant(), "dev-1", null, null));
    Allocation a = allocate(first, "bob", "dev-1", "vif-1");
    allocate(first, "bob", "dev-1", "vif-2");

    assertEquals(List.of(a), devices.searchAllocations.ofInterface(BOB, new InterfaceId("vif-1"), null));
    assertEquals(List.of(a), devices.searchAllocations.ofInterface(ALICE, new InterfaceId("vif-1"), null),
        "the owner of the pool");
    assertEquals(List.of(), devices.searchAllocations.ofInterface(Principal.tenant("carol"), new InterfaceId("vif-1"),
        null));
    assertThrows(NotFound.class, () -> devices.searchAllocations.ofInterface(BOB, new InterfaceId("vif-9"), null));
  }
}
