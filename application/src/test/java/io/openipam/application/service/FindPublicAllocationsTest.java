package io.openipam.application.service;

import static io.openipam.application.fakes.Ipam.ALICE;
import static io.openipam.application.fakes.Ipam.BOB;
import static io.openipam.application.port.in.ReleaseAllocation.WhenAttached.REFUSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.fakes.APool;
import io.openipam.application.fakes.FixedSettings;
import io.openipam.application.fakes.Ipam;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.domain.address.IpFamily;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.error.Forbidden;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.pool.Pool;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindPublicAllocationsTest {

  private static final LocationId PAR = new LocationId("par1");
  private static final LocationId AMS = new LocationId("ams1");

  private final Ipam ipam = new Ipam();
  private final FindPublicAllocationsService find =
      new FindPublicAllocationsService(ipam.visible, ipam.pools, ipam.allocations, ipam.settings);

  private Pool publicPool(String cidr, LocationId location, int unit) {
    return ipam.add(APool.of(cidr).owner(FixedSettings.OPERATOR_TENANT).publicly().location(location.value()).unit(unit));
  }

  private Allocation lease(io.openipam.domain.tenant.Principal caller, LocationId location, IpFamily family, int unit) {
    return ipam.allocatePublic.allocate(caller, location, family, unit, AllocationDetails.NONE);
  }

  @Test
  void lists_the_callers_allocated_units_of_one_location_family_and_size_by_id() {
    publicPool("192.0.2.0/29", PAR, 32);
    publicPool("198.51.100.0/29", PAR, 32);
    publicPool("203.0.113.0/29", AMS, 32);
    publicPool("2001:db8:2::/48", PAR, 96);
    Allocation first = lease(ALICE, PAR, IpFamily.V4, 32);
    Allocation second = lease(ALICE, PAR, IpFamily.V4, 32);
    Allocation v6 = lease(ALICE, PAR, IpFamily.V6, 96);
    lease(ALICE, AMS, IpFamily.V4, 32);
    lease(BOB, PAR, IpFamily.V4, 32);
    Allocation released = lease(ALICE, PAR, IpFamily.V4, 32);
    ipam.release.release(ALICE, released.id(), REFUSE);

    assertEquals(List.of(first, second), find.list(ALICE, ALICE.tenant(), PAR, IpFamily.V4, 32));
    assertEquals(List.of(v6), find.list(ALICE, ALICE.tenant(), PAR, IpFamily.V6, 96));
  }

  @Test
  void gets_only_an_allocated_unit_from_a_public_pool_of_that_location() {
    publicPool("192.0.2.0/29", PAR, 32);
    publicPool("203.0.113.0/29", AMS, 32);
    Pool own = ipam.add(APool.of("10.0.0.0/29").owner(ALICE.tenant()).location(PAR.value()));
    Allocation here = lease(ALICE, PAR, IpFamily.V4, 32);
    Allocation there = lease(ALICE, AMS, IpFamily.V4, 32);
    Allocation privateOne = ipam.next(own);
    Allocation released = lease(ALICE, PAR, IpFamily.V4, 32);
    ipam.release.release(ALICE, released.id(), REFUSE);

    assertEquals(here, find.get(ALICE, PAR, here.id()));
    assertThrows(NotFound.class, () -> find.get(ALICE, PAR, there.id()));
    assertThrows(NotFound.class, () -> find.get(ALICE, PAR, privateOne.id()));
    assertThrows(NotFound.class, () -> find.get(ALICE, PAR, released.id()));
    assertThrows(NotFound.class, () -> find.get(BOB, PAR, here.id()));
  }

  @Test
  void a_tenant_lists_only_its_own() {
    publicPool("192.0.2.0/29", PAR, 32);
    lease(ALICE, PAR, IpFamily.V4, 32);

    assertThrows(Forbidden.class, () -> find.list(BOB, ALICE.tenant(), PAR, IpFamily.V4, 32));
    assertEquals(1, find.list(Ipam.OPERATOR, ALICE.tenant(), PAR, IpFamily.V4, 32).size());
  }
}
