package io.openipam.application.service;

import static io.openipam.application.fakes.Ipam.ALICE;
import static io.openipam.application.fakes.Ipam.BOB;
import static io.openipam.application.fakes.Ipam.OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.fakes.APool;
import io.openipam.application.fakes.Ipam;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.pool.PoolId;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindPoolsTest {

  private final Ipam ipam = new Ipam();

  @Test
  void reads_a_visible_pool_from_the_snapshot_and_hides_others() {
    Pool pool = ipam.add(APool.of("10.0.0.0/29").owner("alice"));

    assertEquals(pool, ipam.findPools.recent(ALICE, pool.id()));
    assertEquals(pool, ipam.findPools.recent(OPERATOR, pool.id()));
    assertThrows(NotFound.class, () -> ipam.findPools.recent(BOB, pool.id()));
    assertThrows(NotFound.class, () -> ipam.findPools.recent(ALICE, new PoolId("nope")));
  }

  @Test
  void the_owner_the_lessee_and_operators_see_the_pool_of_an_allocation() {
    Pool pool = ipam.add(APool.of("10.0.0.0/29").owner("alice"));
    Allocation leased = ipam.allocateFromPool.allocateNext(ALICE, pool.id(), AllocationDetails.NONE.leasedTo(BOB.tenant()));
    Allocation own = ipam.next(pool);

    assertEquals(pool, ipam.findPools.holding(BOB, leased));
    assertEquals(pool, ipam.findPools.holding(ALICE, leased));
    assertEquals(pool, ipam.findPools.holding(OPERATOR, own));
    assertThrows(NotFound.class, () -> ipam.findPools.holding(BOB, own));
  }

  @Test
  void lists_a_network_of_an_owner_parents_and_sub_pools_in_creation_order() {
    Pool parent = ipam.add(APool.of("10.0.0.0/24").owner("alice").network("net"));
    Pool child = ipam.add(APool.of("10.0.0.0/25").owner("alice").network("net").parent(parent.id()));
    ipam.add(APool.of("10.1.0.0/24").owner("bob").network("net"));
    ipam.add(APool.of("10.2.0.0/24").owner("alice").network("other"));

    assertEquals(List.of(parent.id(), child.id()), ipam.findPools.inNetwork(ALICE, new NetworkId("net"), ALICE.tenant())
        .stream().map(Pool::id).toList());
    NotFound unknown = assertThrows(NotFound.class,
        () -> ipam.findPools.inNetwork(ALICE, new NetworkId("none"), ALICE.tenant()));
    assertEquals(NotFound.Kind.NETWORK, unknown.kind());
    assertThrows(NotFound.class, () -> ipam.findPools.inNetwork(BOB, new NetworkId("net"), ALICE.tenant()));
  }
}
