package io.openipam.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.fakes.FixedSettings;
import io.openipam.application.fakes.Ipam;
import io.openipam.application.port.in.CreatePool;
import io.openipam.application.port.in.DeclarePublicPools.PublicPool;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.pool.Visibility;
import io.openipam.domain.tenant.Principal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeclarePublicPoolsTest {

  private static final LocationId DEMO = new LocationId("demo-1");
  private static final List<PublicPool> DECLARED = List.of(
      new PublicPool(DEMO, IpPrefix.parse("192.0.2.0/24"), 32),
      new PublicPool(DEMO, IpPrefix.parse("2001:db8::/32"), 64));

  private final Ipam ipam = new Ipam();

  private static List<PoolId> ids(List<Pool> pools) {
    return pools.stream().map(Pool::id).toList();
  }

  @Test
  void creates_the_declared_pools_as_the_operators_public_pools() {
    List<Pool> pools = ipam.declarePublicPools.declare(DECLARED);

    assertEquals(2, pools.size());
    Pool v4 = pools.getFirst();
    assertEquals(FixedSettings.OPERATOR_TENANT, v4.owner());
    assertEquals(Visibility.PUBLIC, v4.visibility());
    assertEquals(DEMO, v4.location());
    assertEquals(IpPrefix.parse("192.0.2.0/24"), v4.prefix());
    assertEquals(32, v4.unitLength());
    assertEquals("public pool of demo-1", v4.description());
    assertEquals(64, pools.get(1).unitLength());
    assertEquals(v4, ipam.reread(v4));
  }

  @Test
  void declaring_again_returns_the_same_pools_and_creates_nothing() {
    List<Pool> first = ipam.declarePublicPools.declare(DECLARED);
    long idsIssued = ipam.ids.issued();

    List<Pool> second = ipam.declarePublicPools.declare(DECLARED);

    assertEquals(ids(first), ids(second));
    assertEquals(2, ipam.pools.size());
    assertEquals(idsIssued, ipam.ids.issued());
  }

  @Test
  void a_second_process_declaring_the_same_pools_finds_the_first_ones() {
    List<Pool> first = ipam.declarePublicPools.declare(DECLARED);

    List<Pool> second = ipam.anotherProcess(ipam.settings).declarePublicPools.declare(DECLARED);

    assertEquals(ids(first), ids(second));
    assertEquals(2, ipam.pools.size());
  }

  @Test
  void adds_only_the_pools_not_declared_before() {
    List<Pool> first = ipam.declarePublicPools.declare(DECLARED.subList(0, 1));

    List<Pool> second = ipam.declarePublicPools.declare(DECLARED);

    assertEquals(first.getFirst().id(), second.getFirst().id());
    assertEquals(2, ipam.pools.size());
  }

  @Test
  void the_same_prefix_with_another_unit_length_overlaps_the_declared_pool() {
    ipam.declarePublicPools.declare(DECLARED);

    Invalid invalid = assertThrows(Invalid.class, () -> ipam.declarePublicPools.declare(
        List.of(new PublicPool(DEMO, IpPrefix.parse("192.0.2.0/24"), 28))));

    assertEquals(Invalid.Reason.OVERLAPS_PUBLIC_POOL, invalid.reason());
    assertEquals(2, ipam.pools.size());
  }

  /**
   * A tenant may create a PUBLIC pool with the prefix the operator is about to declare. It is
   * never taken for the operator's: the declaration collides with it instead.
   */
  @Test
  void does_not_adopt_a_tenants_pool_as_the_operators() {
    Principal mallory = Principal.tenant("mallory");
    ipam.createPool.create(mallory, CreatePool.NewPool.builder(mallory.tenant(), IpPrefix.parse("192.0.2.0/24"),
        Visibility.PUBLIC).location(DEMO).unitLength(32).build());

    Invalid overlap = assertThrows(Invalid.class, () -> ipam.declarePublicPools.declare(DECLARED));

    assertEquals(Invalid.Reason.OVERLAPS_PUBLIC_POOL, overlap.reason());
  }

  @Test
  void locks_the_public_space_before_looking() {
    ipam.declarePublicPools.declare(DECLARED);

    assertEquals("public", ipam.pools.locks().getFirst());
  }
}
