package io.openipam.application.service;

import static io.openipam.application.fakes.Ipam.ALICE;
import static io.openipam.application.fakes.Ipam.BOB;
import static io.openipam.application.fakes.Ipam.OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.application.fakes.APool;
import io.openipam.application.fakes.Devices;
import io.openipam.application.fakes.Ipam;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.in.AllowAddresses.Outcome;
import io.openipam.application.port.in.AllowAddresses.Result;
import io.openipam.application.port.in.ConfigureInterface.Wanted;
import io.openipam.application.port.in.ReleaseAllocation;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.Attachment;
import io.openipam.domain.device.InterfaceId;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AllowAddressesTest {

  private static final NetworkId NET = new NetworkId("net");

  private final Ipam ipam = new Ipam();
  private final Devices devices = new Devices(ipam);
  private final Pool pool = ipam.add(APool.of("10.0.0.0/24").owner("operator").network("net"));
  private final Pool elsewhere = ipam.add(APool.of("10.9.0.0/24").owner("operator").network("other"));
  private final InterfaceId vif = new InterfaceId("vif");

  AllowAddressesTest() {
    devices.configure.create(ALICE, new Wanted(vif, ALICE.tenant(), null, null, NET));
  }

  private Allocation leased(Pool from, String lessee, String iface) {
    return ipam.allocateFromPool.allocateNext(OPERATOR, from.id(), new AllocationDetails(
        new TenantId(lessee), iface == null ? null : new Attachment(null, iface), null, null, null, null, null));
  }

  @Test
  void allows_an_address_of_the_tenant_in_the_network_lists_and_disallows_it() {
    Allocation shared = leased(pool, "alice", "other-vif");

    Result result = devices.allow.allow(ALICE, vif, NET, shared.address());

    assertEquals(Outcome.ALLOWED, result.outcome());
    assertEquals(shared, result.allocation());
    assertEquals(List.of(shared), devices.allow.allowedOn(ALICE, vif));
    assertEquals(Optional.of(shared), devices.allow.allowed(ALICE, vif, shared.address()));
    assertEquals(Outcome.ALLOWED, devices.allow.allow(ALICE, vif, NET, shared.address()).outcome(), "twice");
    assertTrue(devices.allow.disallow(ALICE, vif, shared.address()));
    assertFalse(devices.allow.disallow(ALICE, vif, shared.address()));
    assertEquals(List.of(), devices.allow.allowedOn(ALICE, vif));
  }

  @Test
  void an_address_of_another_tenant_another_network_or_released_is_no_such_address() {
    Allocation bobs = leased(pool, "bob", null);
    Allocation outside = leased(elsewhere, "alice", null);
    Allocation released = leased(pool, "alice", null);
    ipam.release.release(OPERATOR, released.id(), ReleaseAllocation.WhenAttached.DETACH);

    for (IpAddress address : List.of(bobs.address(), outside.address(), released.address(),
        IpAddress.parse("10.0.0.200"))) {
      assertEquals(Outcome.NO_SUCH_ADDRESS, devices.allow.allow(ALICE, vif, NET, address).outcome());
    }
  }

  @Test
  void an_interface_on_another_network_may_not_hold_it() {
    Allocation shared = leased(elsewhere, "alice", null);

    assertEquals(Outcome.INTERFACE_NOT_ON_NETWORK,
        devices.allow.allow(ALICE, vif, new NetworkId("other"), shared.address()).outcome());
    assertEquals(List.of(), devices.allow.allowedOn(ALICE, vif));
  }

  @Test
  void another_tenant_s_interface_is_not_found() {
    assertThrows(NotFound.class, () -> devices.allow.allowedOn(BOB, vif));
    assertThrows(NotFound.class, () -> devices.allow.allow(BOB, vif, NET, IpAddress.parse("10.0.0.1")));
  }
}
