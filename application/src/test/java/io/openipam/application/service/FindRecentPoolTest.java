package io.openipam.application.service;

import static io.openipam.application.fakes.Ipam.ALICE;
import static io.openipam.application.fakes.Ipam.BOB;
import static io.openipam.application.fakes.Ipam.OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.fakes.APool;
import io.openipam.application.fakes.Ipam;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.PoolId;
import org.junit.jupiter.api.Test;

class FindRecentPoolTest {

  private final Ipam ipam = new Ipam();

  @Test
  void reads_a_visible_pool_from_the_snapshot_and_hides_others() {
    Pool pool = ipam.add(APool.of("10.0.0.0/29").owner("alice"));

    assertEquals(pool, ipam.findPools.recent(ALICE, pool.id()));
    assertEquals(pool, ipam.findPools.recent(OPERATOR, pool.id()));
    assertThrows(NotFound.class, () -> ipam.findPools.recent(BOB, pool.id()));
    assertThrows(NotFound.class, () -> ipam.findPools.recent(ALICE, new PoolId("nope")));
  }
}
