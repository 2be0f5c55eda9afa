package io.openipam.application.service;

import static io.openipam.application.fakes.Ipam.ALICE;
import static io.openipam.application.fakes.Ipam.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.fakes.APool;
import io.openipam.application.fakes.FixedSettings;
import io.openipam.application.fakes.Ipam;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.in.ReleaseAllocation;
import io.openipam.domain.address.IpFamily;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.error.Forbidden;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.LocationId;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindPublicAllocationsTest {

  private static final LocationId PAR = new LocationId("par1");
  private static final LocationId AMS = new LocationId("ams1");

  private final Ipam ipam = new Ipam();
  private final FindPublicAllocationsService find = new FindPublicAllocationsService(ipam.visible,
      ipam.allocations, ipam.pools, ipam.settings);

  private Allocation leased(LocationId location) {
    return ipam.allocatePublic.allocate(ALICE, location, IpFamily.V4, 32, AllocationDetails.NONE);
  }

  {
    ipam.add(APool.of("192.0.2.0/28").owner(FixedSettings.OPERATOR_TENANT).publicly().location(PAR.value()));
    ipam.add(APool.of("198.51.100.0/28").owner(FixedSettings.OPERATOR_TENANT).publicly().location(AMS.value()));
  }

  @Test
  void lists_the_tenants_live_public_addresses_of_one_location() {
    Allocation first = leased(PAR);
    leased(AMS);
    Allocation released = leased(PAR);
    ipam.release.release(ALICE, released.id(), ReleaseAllocation.WhenAttached.DETACH);
    ipam.next(ipam.add(APool.of("10.0.0.0/29").owner("alice")));

    assertEquals(List.of(first.id()), find.list(ALICE, ALICE.tenant(), PAR).stream().map(Allocation::id).toList());
  }

  @Test
  void gets_only_in_its_own_location_and_only_while_live() {
    Allocation allocation = leased(PAR);

    assertEquals(allocation, find.get(ALICE, allocation.id(), PAR));
    assertThrows(NotFound.class, () -> find.get(ALICE, allocation.id(), AMS));
    assertThrows(NotFound.class, () -> find.get(BOB, allocation.id(), PAR));
    ipam.release.release(ALICE, allocation.id(), ReleaseAllocation.WhenAttached.DETACH);
    assertThrows(NotFound.class, () -> find.get(ALICE, allocation.id(), PAR));
  }

  @Test
  void a_tenant_lists_only_its_own() {
    assertThrows(Forbidden.class, () -> find.list(BOB, ALICE.tenant(), PAR));
  }
}
