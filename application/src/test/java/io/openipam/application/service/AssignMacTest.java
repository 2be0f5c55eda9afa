package io.openipam.application.service;

import static io.openipam.application.fakes.Ipam.ALICE;
import static io.openipam.application.fakes.Ipam.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.application.fakes.APool;
import io.openipam.application.fakes.InMemoryMacHolders;
import io.openipam.application.fakes.Ipam;
import io.openipam.domain.address.MacAddress;
import io.openipam.domain.address.MacPrefix;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.Attachment;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.Pool;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class AssignMacTest {

  private static final MacPrefix KVM = MacPrefix.parse("52:54:00");

  private final Ipam ipam = new Ipam();
  private final Pool pool = ipam.add(APool.of("10.0.0.0/28").owner("alice"));
  private final Allocation a = ipam.next(pool);
  private final Allocation b = ipam.next(pool);

  private AssignMacService assign(RandomGenerator random) {
    return new AssignMacService(ipam.visible, new InMemoryMacHolders(ipam.db), ipam.clock, random);
  }

  private final AssignMacService assign = assign(new SplittableRandom(1));

  @Test
  void generates_a_mac_below_the_prefix_and_stores_it() {
    Allocation withMac = assign.generate(ALICE, a.id(), KVM);

    assertTrue(KVM.contains(withMac.mac()));
    assertEquals(withMac, ipam.reread(a));
  }

  @Test
  void never_generates_a_mac_a_live_allocation_holds() {
    Allocation first = assign(new SplittableRandom(42)).generate(ALICE, a.id(), KVM);

    // the same draws again: the first collides with a's MAC and is skipped
    Allocation second = assign(new SplittableRandom(42)).generate(ALICE, b.id(), KVM);

    assertNotEquals(first.mac(), second.mac());
  }

  @Test
  void shares_a_mac_between_allocations_on_one_device() {
    ipam.attach.attach(ALICE, a.id(), Attachment.device("srv-1"));
    ipam.attach.attach(ALICE, b.id(), Attachment.device("srv-1"));
    MacAddress mac = assign.generate(ALICE, a.id(), KVM).mac();

    assertEquals(mac, assign.share(ALICE, b.id(), a.id()).mac());
  }

  @Test
  void refuses_to_share_across_devices() {
    ipam.attach.attach(ALICE, a.id(), Attachment.device("srv-1"));
    ipam.attach.attach(ALICE, b.id(), Attachment.device("srv-2"));
    assign.generate(ALICE, a.id(), KVM);

    assertThrows(Conflict.class, () -> assign.share(ALICE, b.id(), a.id()));
    assertNull(ipam.reread(b).mac());
  }

  @Test
  void moves_a_mac_and_the_source_gives_it_up() {
    MacAddress mac = assign.generate(ALICE, a.id(), KVM).mac();

    Allocation moved = assign.move(ALICE, a.id(), b.id());

    assertEquals(b.id(), moved.id());
    assertEquals(mac, moved.mac());
    assertNull(ipam.reread(a).mac());
  }

  @Test
  void refuses_to_move_onto_an_allocation_with_a_mac_or_from_one_without() {
    assign.generate(ALICE, a.id(), KVM);
    assign.generate(ALICE, b.id(), KVM);

    assertThrows(Conflict.class, () -> assign.move(ALICE, a.id(), b.id()));
    assign.remove(ALICE, b.id());
    assertThrows(Conflict.class, () -> assign.move(ALICE, b.id(), a.id()));
  }

  @Test
  void removing_keeps_the_mac_on_the_other_members() {
    ipam.attach.attach(ALICE, a.id(), Attachment.device("srv-1"));
    ipam.attach.attach(ALICE, b.id(), Attachment.device("srv-1"));
    MacAddress mac = assign.generate(ALICE, a.id(), KVM).mac();
    assign.share(ALICE, b.id(), a.id());

    assertNull(assign.remove(ALICE, b.id()).mac());
    assertEquals(mac, ipam.reread(a).mac());
  }

  @Test
  void another_tenant_learns_nothing() {
    assertThrows(NotFound.class, () -> assign.generate(BOB, a.id(), KVM));
  }
}
