package io.openipam.application.service;

import static io.openipam.application.fakes.Ipam.ALICE;
import static io.openipam.application.fakes.Ipam.BOB;
import static io.openipam.application.port.in.ReleaseAllocation.WhenAttached.DETACH;
import static io.openipam.application.port.in.ReleaseAllocation.WhenAttached.REFUSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.fakes.APool;
import io.openipam.application.fakes.InMemoryDeviceBindings;
import io.openipam.application.fakes.Ipam;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.Attachment;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.Pool;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttachToDevicesTest {

  private final Ipam ipam = new Ipam();
  private final InMemoryDeviceBindings bindings = new InMemoryDeviceBindings(ipam.db);
  private final AttachToDevicesService devices = new AttachToDevicesService(ipam.visible, bindings, ipam.clock);
  private final Pool pool = ipam.add(APool.of("10.0.0.0/29"));
  private final Allocation allocation = ipam.next(pool);

  private List<String> devicesOf(Allocation of) {
    return devices.devices(ALICE, of.id());
  }

  @Test
  void the_first_device_is_the_attachment_every_dialect_reads_and_the_others_are_added_in_order() {
    Allocation first = devices.attach(ALICE, allocation.id(), "vm-1");
    ipam.clock.advance(Duration.ofSeconds(1));
    devices.attach(ALICE, allocation.id(), "vm-3");
    ipam.clock.advance(Duration.ofSeconds(1));
    devices.attach(ALICE, allocation.id(), "vm-2");

    assertEquals(Attachment.device("vm-1"), first.attachment());
    assertEquals(first, ipam.reread(allocation), "further devices leave the allocation itself as it was");
    assertEquals(List.of("vm-1", "vm-3", "vm-2"), devicesOf(allocation));
  }

  @Test
  void attaching_a_device_bound_already_changes_nothing() {
    devices.attach(ALICE, allocation.id(), "vm-1");
    devices.attach(ALICE, allocation.id(), "vm-2");

    Allocation again = devices.attach(ALICE, allocation.id(), "vm-1");
    devices.attach(ALICE, allocation.id(), "vm-2");

    assertEquals(1, again.version());
    assertEquals(List.of("vm-1", "vm-2"), devicesOf(allocation));
  }

  @Test
  void one_device_holds_several_allocations() {
    Allocation second = ipam.next(pool);

    devices.attach(ALICE, allocation.id(), "vm-1");
    devices.attach(ALICE, second.id(), "vm-1");

    assertEquals(List.of("vm-1"), devicesOf(allocation));
    assertEquals(List.of("vm-1"), devicesOf(second));
  }

  @Test
  void detaching_the_attachment_hands_it_to_the_earliest_other_device() {
    devices.attach(ALICE, allocation.id(), "vm-1");
    ipam.clock.advance(Duration.ofSeconds(1));
    devices.attach(ALICE, allocation.id(), "vm-2");
    ipam.clock.advance(Duration.ofSeconds(1));
    devices.attach(ALICE, allocation.id(), "vm-3");

    Allocation after = devices.detach(ALICE, allocation.id(), "vm-1");

    assertEquals(Attachment.device("vm-2"), after.attachment());
    assertEquals(after, ipam.reread(allocation));
    assertEquals(List.of("vm-2", "vm-3"), devicesOf(allocation));
  }

  @Test
  void detaching_another_device_leaves_the_attachment_and_the_last_one_leaves_it_unattached() {
    devices.attach(ALICE, allocation.id(), "vm-1");
    devices.attach(ALICE, allocation.id(), "vm-2");

    devices.detach(ALICE, allocation.id(), "vm-2");
    assertEquals(List.of("vm-1"), devicesOf(allocation));
    Allocation last = devices.detach(ALICE, allocation.id(), "vm-1");

    assertNull(last.attachment());
    assertEquals(List.of(), devicesOf(allocation));
  }

  @Test
  void detaching_a_device_that_is_not_bound_changes_nothing() {
    Allocation attached = devices.attach(ALICE, allocation.id(), "vm-1");

    Allocation unattached = ipam.next(pool);

    assertEquals(attached, devices.detach(ALICE, allocation.id(), "vm-9"));
    assertEquals(unattached, devices.detach(ALICE, unattached.id(), "vm-9"));
    assertEquals(List.of("vm-1"), devicesOf(allocation));
    assertEquals(unattached, ipam.reread(unattached));
  }

  @Test
  void an_allocation_bound_to_any_device_is_not_released_when_refused_and_loses_every_device_when_detached() {
    devices.attach(ALICE, allocation.id(), "vm-1");
    devices.attach(ALICE, allocation.id(), "vm-2");
    devices.detach(ALICE, allocation.id(), "vm-1");

    assertEquals(Conflict.Reason.ATTACHED,
        assertThrows(Conflict.class, () -> ipam.release.release(ALICE, allocation.id(), REFUSE)).reason());
    ipam.release.release(ALICE, allocation.id(), DETACH);
    assertEquals(List.of(), devicesOf(allocation));
  }

  @Test
  void bindings_left_by_a_detach_through_the_single_attachment_use_case_no_longer_count() {
    devices.attach(ALICE, allocation.id(), "vm-1");
    devices.attach(ALICE, allocation.id(), "vm-2");
    ipam.attach.detach(ALICE, allocation.id());

    assertEquals(List.of(), devicesOf(allocation));
    devices.attach(ALICE, allocation.id(), "vm-3");
    assertEquals(List.of("vm-3"), devicesOf(allocation));
  }

  @Test
  void a_re_attachment_through_the_single_attachment_use_case_leaves_only_its_device() {
    devices.attach(ALICE, allocation.id(), "vm-1");
    devices.attach(ALICE, allocation.id(), "vm-2");
    ipam.attach.attach(ALICE, allocation.id(), Attachment.device("vm-9"));

    assertEquals(List.of("vm-9"), devicesOf(allocation));
    assertEquals(List.of("vm-9"), devicesOf(allocation), "reading changes nothing");
    devices.attach(ALICE, allocation.id(), "vm-2");
    assertEquals(List.of("vm-9", "vm-2"), devicesOf(allocation));
    devices.detach(ALICE, allocation.id(), "vm-9");
    assertEquals(Attachment.device("vm-2"), ipam.reread(allocation).attachment());
    assertEquals(List.of("vm-2"), devicesOf(allocation));
  }

  @Test
  void a_device_beside_an_interface_attachment_is_listed_alone() {
    ipam.attach.attach(ALICE, allocation.id(), new Attachment(null, "eth0"));

    devices.attach(ALICE, allocation.id(), "vm-1");

    assertEquals(List.of("vm-1"), devicesOf(allocation));
    assertEquals(new Attachment(null, "eth0"), ipam.reread(allocation).attachment());
  }

  @Test
  void another_tenant_sees_nothing_a_released_allocation_takes_no_device_and_a_blank_device_is_invalid() {
    assertThrows(NotFound.class, () -> devices.attach(BOB, allocation.id(), "vm-1"));
    assertThrows(NotFound.class, () -> devices.devices(BOB, allocation.id()));
    assertThrows(Invalid.class, () -> devices.attach(ALICE, allocation.id(), " "));
    ipam.release.release(ALICE, allocation.id(), REFUSE);
    assertEquals(Conflict.Reason.WRONG_STATE,
        assertThrows(Conflict.class, () -> devices.attach(ALICE, allocation.id(), "vm-1")).reason());
  }

  @Test
  void bindings_go_with_the_allocation() {
    devices.attach(ALICE, allocation.id(), "vm-1");
    devices.attach(ALICE, allocation.id(), "vm-2");

    ipam.allocator.giveBack(pool, ipam.reread(allocation));

    assertEquals(List.of(), bindings.devicesOf(allocation.id()));
    assertThrows(NotFound.class, () -> bindings.insert(allocation.id(), "vm-3", Ipam.T0));
  }
}
