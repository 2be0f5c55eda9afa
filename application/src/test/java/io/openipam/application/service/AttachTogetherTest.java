package io.openipam.application.service;

import static io.openipam.application.fakes.Ipam.ALICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.fakes.APool;
import io.openipam.application.fakes.InMemoryMacHolders;
import io.openipam.application.fakes.Ipam;
import io.openipam.domain.address.MacAddress;
import io.openipam.domain.address.MacPrefix;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.Attachment;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.pool.Pool;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AttachTogetherTest {

  private static final Attachment SRV1 = Attachment.device("srv-1");
  private static final Attachment SRV2 = Attachment.device("srv-2");

  private final Ipam ipam = new Ipam();
  private final InMemoryMacHolders holders = new InMemoryMacHolders(ipam.db);
  private final AttachTogetherService together = new AttachTogetherService(ipam.visible, holders, ipam.clock);
  private final AssignMacService assign = new AssignMacService(ipam.visible, holders, ipam.clock,
      new SplittableRandom(3));
  private final Pool pool = ipam.add(APool.of("10.0.0.0/28").owner("alice"));
  private final Allocation a = ipam.next(pool);
  private final Allocation b = ipam.next(pool);
  private final Allocation c = ipam.next(pool);

  private MacAddress group() {
    together.attach(ALICE, List.of(a.id(), b.id()), SRV1);
    MacAddress mac = assign.generate(ALICE, a.id(), MacPrefix.parse("52:54:00")).mac();
    assign.share(ALICE, b.id(), a.id());
    return mac;
  }

  @Test
  void attaches_several_at_once_and_duplicates_count_once() {
    List<Allocation> attached = together.attach(ALICE, List.of(a.id(), b.id(), a.id()), SRV1);

    assertEquals(2, attached.size());
    assertEquals(SRV1, ipam.reread(a).attachment());
    assertEquals(SRV1, ipam.reread(b).attachment());
  }

  @Test
  void a_mac_group_moves_only_as_a_whole() {
    group();

    assertThrows(Conflict.class, () -> together.attach(ALICE, List.of(a.id(), c.id()), SRV2));
    assertEquals(SRV1, ipam.reread(a).attachment());
    assertNull(ipam.reread(c).attachment());

    together.attach(ALICE, List.of(a.id(), b.id()), SRV2);
    assertEquals(SRV2, ipam.reread(b).attachment());
  }

  @Test
  void a_member_detached_alone_loses_the_mac_and_the_rest_keep_it() {
    MacAddress mac = group();

    Allocation detached = together.detach(ALICE, List.of(a.id())).getFirst();

    assertNull(detached.attachment());
    assertNull(detached.mac());
    assertEquals(mac, ipam.reread(b).mac());
  }

  @Test
  void a_whole_group_detached_keeps_its_mac() {
    MacAddress mac = group();

    together.detach(ALICE, List.of(a.id(), b.id()));

    assertEquals(mac, ipam.reread(a).mac());
    assertEquals(mac, ipam.reread(b).mac());
  }

  @Test
  void detaching_an_unattached_allocation_changes_nothing() {
    Allocation same = together.detach(ALICE, List.of(c.id())).getFirst();

    assertEquals(ipam.reread(c), same);
    assertEquals(c.version(), same.version());
  }
}
