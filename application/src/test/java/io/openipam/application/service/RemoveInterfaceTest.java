package io.openipam.application.service;

import static io.openipam.application.fakes.Ipam.ALICE;
import static io.openipam.application.fakes.Ipam.BOB;
import static io.openipam.application.fakes.Ipam.OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.fakes.APool;
import io.openipam.application.fakes.Devices;
import io.openipam.application.fakes.Ipam;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.in.ConfigureInterface.Wanted;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationState;
import io.openipam.domain.allocation.Attachment;
import io.openipam.domain.device.InterfaceId;
import io.openipam.domain.device.NetworkInterface;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.Pool;
import org.junit.jupiter.api.Test;

class RemoveInterfaceTest {

  private final Ipam ipam = new Ipam();
  private final Devices devices = new Devices(ipam);
  private final Pool pool = ipam.add(APool.of("10.0.0.0/29").owner("alice"));

  private NetworkInterface nic(String id) {
    return devices.configure.create(ALICE, new Wanted(new InterfaceId(id), ALICE.tenant(), "vm-1", null, null));
  }

  private Allocation attachedTo(NetworkInterface nic) {
    return ipam.allocateFromPool.allocateNext(ALICE, pool.id(), new AllocationDetails(null,
        new Attachment(nic.deviceId(), nic.id().value()), null, null, null, null, null));
  }

  @Test
  void releases_the_interface_addresses_deletes_it_and_gives_its_mac_back() {
    devices.ranges.define(OPERATOR, "02:00:00:00:00:00/24");
    NetworkInterface nic = nic("vif");
    NetworkInterface other = nic("other");
    Allocation mine = attachedTo(nic);
    Allocation theirs = attachedTo(other);

    devices.remove.remove(ALICE, nic.id());

    Allocation released = ipam.reread(mine);
    assertEquals(AllocationState.RELEASED, released.state());
    assertNull(released.attachment());
    assertEquals(theirs, ipam.reread(theirs));
    assertThrows(NotFound.class, () -> devices.find.get(ALICE, nic.id()));
    assertEquals("02:00:00:00:00:00", devices.configure.create(ALICE,
        new Wanted(new InterfaceId("again"), ALICE.tenant(), null, null, null)).mac().toString());
  }

  @Test
  void another_tenant_interface_and_a_second_removal_are_not_found() {
    NetworkInterface nic = nic("vif");

    assertThrows(NotFound.class, () -> devices.remove.remove(BOB, nic.id()));
    devices.remove.remove(ALICE, nic.id());
    assertThrows(NotFound.class, () -> devices.remove.remove(ALICE, nic.id()));
  }
}
