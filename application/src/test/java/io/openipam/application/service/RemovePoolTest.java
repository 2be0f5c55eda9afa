package io.openipam.application.service;

import static io.openipam.application.fakes.Ipam.ALICE;
import static io.openipam.application.fakes.Ipam.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.application.fakes.APool;
import io.openipam.application.fakes.Ipam;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.Pool;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemovePoolTest {

  private final Ipam ipam = new Ipam();
  private final Pool root = ipam.add(APool.of("10.0.0.0/24"));
  private final Pool child = ipam.add(APool.of("10.0.0.0/25").parent(root.id()));
  private final Pool grandchild = ipam.add(APool.of("10.0.0.0/26").parent(child.id()));
  private final Pool sibling = ipam.add(APool.of("10.0.0.128/25").parent(root.id()));

  @Test
  void removes_the_pool_its_sub_pools_and_their_allocations() {
    Allocation inGrandchild = ipam.next(grandchild);
    Allocation inSibling = ipam.next(sibling);

    ipam.removePool.remove(ALICE, child.id());

    assertTrue(ipam.pools.find(child.id()).isEmpty());
    assertTrue(ipam.pools.find(grandchild.id()).isEmpty());
    assertTrue(ipam.allocations.find(inGrandchild.id()).isEmpty());
    assertEquals(inSibling, ipam.reread(inSibling));
    assertEquals(1, ipam.reread(root).subpoolCount());
  }

  @Test
  void forgets_the_slots_this_process_leased_from_the_removed_pools() {
    ipam.next(grandchild);
    ipam.next(sibling);

    ipam.removePool.remove(ALICE, child.id());
    ipam.candidates.giveBackAll();

    assertEquals(1, ipam.ledger.givenBack().size(), "only the sibling's lease is given back");
    assertEquals(ipam.ledger.givenBack().getFirst(), ipam.ledger.freeSlots(sibling.id()));
  }

  @Test
  void the_parent_lists_only_the_sub_pools_that_are_left() {
    ipam.removePool.remove(ALICE, child.id());

    assertEquals(List.of(sibling.id()), ipam.findPools.subpools(ALICE, root.id()).stream().map(Pool::id).toList());
  }

  @Test
  void another_tenant_cannot_remove_it() {
    NotFound notFound = assertThrows(NotFound.class, () -> ipam.removePool.remove(BOB, root.id()));

    assertEquals(NotFound.Kind.POOL, notFound.kind());
    assertEquals(4, ipam.pools.size());
  }

  @Test
  void removing_the_last_sub_pool_lets_the_parent_hand_out_again() {
    ipam.removePool.remove(ALICE, child.id());
    ipam.removePool.remove(ALICE, sibling.id());

    assertEquals("10.0.0.1", ipam.next(ipam.reread(root)).address().toString());
  }
}
