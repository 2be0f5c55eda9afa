package io.openipam.application.service;

import static io.openipam.application.fakes.Ipam.ALICE;
import static io.openipam.application.fakes.Ipam.BOB;
import static io.openipam.application.fakes.Ipam.OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.fakes.APool;
import io.openipam.application.fakes.FixedSettings;
import io.openipam.application.fakes.Ipam;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.in.FindAllocations;
import io.openipam.application.port.in.FindPools;
import io.openipam.application.port.in.ReleaseAllocation;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.address.IpFamily;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.AllocationState;
import io.openipam.domain.error.Forbidden;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.Visibility;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a tenant may not see is reported exactly as what does not exist. */
class VisibilityTest {

  private final Ipam ipam = new Ipam();
  private final Pool alicePool = ipam.add(APool.of("10.0.0.0/24").owner(ALICE.tenant()));
  private final Allocation aliceAddress = ipam.next(alicePool);

  private static List<String> ids(List<Pool> pools) {
    return pools.stream().map(pool -> pool.id().value()).toList();
  }

  @Test
  void another_tenant_gets_not_found_for_a_pool() {
    NotFound hidden = assertThrows(NotFound.class, () -> ipam.findPools.get(BOB, alicePool.id()));
    NotFound subpools = assertThrows(NotFound.class, () -> ipam.findPools.subpools(BOB, alicePool.id()));

    assertEquals(NotFound.Kind.POOL, hidden.kind());
    assertEquals(alicePool.id().value(), hidden.id());
    assertEquals(NotFound.Kind.POOL, subpools.kind());
  }

  @Test
  void another_tenant_gets_not_found_for_an_allocation_exactly_as_for_a_missing_one() {
    NotFound hidden = assertThrows(NotFound.class, () -> ipam.findAllocations.get(BOB, aliceAddress.id()));
    NotFound missing = assertThrows(NotFound.class, () -> ipam.findAllocations.get(BOB, new AllocationId("nope")));

    assertEquals(NotFound.Kind.ALLOCATION, hidden.kind());
    assertEquals(missing.kind(), hidden.kind());
    assertEquals(missing.getMessage().replace("nope", aliceAddress.id().value()), hidden.getMessage());
  }

  @Test
  void another_tenant_cannot_look_up_an_address_in_the_pool() {
    NotFound notFound = assertThrows(NotFound.class, () ->
        ipam.findAllocations.getByAddress(BOB, alicePool.id(), aliceAddress.address()));

    assertEquals(NotFound.Kind.POOL, notFound.kind());
  }

  @Test
  void the_owner_looks_up_an_address_in_its_pool() {
    assertEquals(aliceAddress, ipam.findAllocations.getByAddress(ALICE, alicePool.id(), aliceAddress.address()));
    assertEquals(NotFound.Kind.ALLOCATION, assertThrows(NotFound.class, () ->
        ipam.findAllocations.getByAddress(ALICE, alicePool.id(), IpAddress.parse("10.0.0.9"))).kind());
  }

  @Test
  void an_operator_sees_everything() {
    assertEquals(alicePool, ipam.findPools.get(OPERATOR, alicePool.id()));
    assertEquals(aliceAddress, ipam.findAllocations.get(OPERATOR, aliceAddress.id()));
    assertEquals(List.of(alicePool.id().value()),
        ids(ipam.findPools.list(OPERATOR, new FindPools.Query(ALICE.tenant(), null, null, 10))));
    assertEquals(List.of(aliceAddress), ipam.findAllocations.list(OPERATOR,
        new FindAllocations.Query(ALICE.tenant(), null, null, null, 10)));
  }

  @Test
  void a_lessee_sees_the_allocation_leased_to_it_but_not_the_pool() {
    Pool operatorPool = ipam.add(APool.of("192.0.2.0/24").owner(FixedSettings.OPERATOR_TENANT).publicly()
        .location("par1"));
    Allocation leased = ipam.allocatePublic.allocate(BOB, new LocationId("par1"), IpFamily.V4, 32,
        AllocationDetails.NONE);

    assertEquals(leased, ipam.findAllocations.get(BOB, leased.id()));
    assertEquals(List.of(leased), ipam.findAllocations.list(BOB,
        new FindAllocations.Query(BOB.tenant(), null, null, null, 10)));
    assertThrows(NotFound.class, () -> ipam.findPools.get(BOB, operatorPool.id()));
    assertThrows(NotFound.class, () -> ipam.findAllocations.get(ALICE, leased.id()));
  }

  @Test
  void a_lessee_may_release_what_is_leased_to_it() {
    ipam.add(APool.of("192.0.2.0/24").owner(FixedSettings.OPERATOR_TENANT).publicly().location("par1"));
    Allocation leased = ipam.allocatePublic.allocate(BOB, new LocationId("par1"), IpFamily.V4, 32,
        AllocationDetails.NONE);

    assertEquals(AllocationState.RELEASED,
        ipam.release.release(BOB, leased.id(), ReleaseAllocation.WhenAttached.REFUSE).state());
  }

  /**
   * FindAllocations.Query refuses a query that names neither lessee nor pool; FindPools.Query
   * accepts a null owner, a tenant then gets Forbidden, but an operator's call reaches
   * PoolStore.list with a null owner, which the JDBC store dereferences (owner.value()).
   */
  @Test
  void a_pool_query_must_name_its_owner() {
    assertThrows(IllegalArgumentException.class,
        () -> ipam.findPools.list(OPERATOR, new FindPools.Query(null, null, null, 10)));
  }

  @Test
  void listing_another_tenants_pools_is_forbidden() {
    assertThrows(Forbidden.class, () -> ipam.findPools.list(BOB, new FindPools.Query(ALICE.tenant(), null, null, 10)));
  }

  @Test
  void listing_another_lessees_allocations_is_forbidden_and_another_tenants_pool_not_found() {
    assertThrows(Forbidden.class, () -> ipam.findAllocations.list(BOB,
        new FindAllocations.Query(ALICE.tenant(), null, null, null, 10)));
    assertEquals(NotFound.Kind.POOL, assertThrows(NotFound.class, () -> ipam.findAllocations.list(BOB,
        new FindAllocations.Query(null, alicePool.id(), null, null, 10))).kind());
  }

  @Test
  void a_tenant_lists_its_own_pools_by_id_in_pages_and_by_visibility() {
    Pool second = ipam.add(APool.of("10.0.1.0/24").owner(ALICE.tenant()));
    Pool third = ipam.add(APool.of("192.0.2.0/24").owner(ALICE.tenant()).publicly());
    ipam.add(APool.of("10.0.2.0/24").owner(BOB.tenant()));

    List<Pool> firstPage = ipam.findPools.list(ALICE, new FindPools.Query(ALICE.tenant(), null, null, 2));
    List<Pool> secondPage = ipam.findPools.list(ALICE,
        new FindPools.Query(ALICE.tenant(), null, firstPage.getLast().id(), 2));
    List<Pool> publicOnes = ipam.findPools.list(ALICE, new FindPools.Query(ALICE.tenant(), Visibility.PUBLIC, null, 10));

    List<String> expected = new ArrayList<>(List.of(alicePool.id().value(), second.id().value(),
        third.id().value()));
    expected.sort(null);
    assertEquals(expected.subList(0, 2), ids(firstPage));
    assertEquals(expected.subList(2, 3), ids(secondPage));
    assertEquals(List.of(third.id().value()), ids(publicOnes));
  }

  @Test
  void the_owner_lists_the_sub_pools_of_its_pool() {
    Pool parent = ipam.add(APool.of("10.1.0.0/24").owner(ALICE.tenant()));
    Pool child = ipam.add(APool.of("10.1.0.0/25").owner(ALICE.tenant()).parent(parent.id()));

    assertEquals(List.of(child.id().value()), ids(ipam.findPools.subpools(ALICE, parent.id())));
  }

  @Test
  void a_pool_listing_is_filtered_by_state() {
    Allocation released = ipam.release.release(ALICE, ipam.next(alicePool).id(),
        ReleaseAllocation.WhenAttached.DETACH);

    assertEquals(List.of(released), ipam.findAllocations.list(ALICE,
        new FindAllocations.Query(null, alicePool.id(), AllocationState.RELEASED, null, 10)));
    assertEquals(List.of(aliceAddress), ipam.findAllocations.list(ALICE,
        new FindAllocations.Query(null, alicePool.id(), AllocationState.ALLOCATED, null, 10)));
  }
}
