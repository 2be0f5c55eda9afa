package io.openipam.bootstrap.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.in.AllocateFromPool;
import io.openipam.application.port.in.AmendAllocation;
import io.openipam.application.port.in.CreatePool;
import io.openipam.application.port.in.FindAllocations;
import io.openipam.application.port.in.FindPools;
import io.openipam.application.port.in.RemovePool;
import io.openipam.application.port.out.PoolStore;
import io.openipam.bootstrap.support.IpamTransactions;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.Labels;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.Forbidden;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.pool.ReservedAddresses;
import io.openipam.domain.pool.Visibility;
import io.openipam.domain.policy.PolicyId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PoolPlacementAndTenancyTest extends OnMariaDb {

  private Pool create(CreatePool.NewPool pool) {
    return node.get(CreatePool.class).create(pool.owner().value().equals("operator") ? OPERATOR : ACME, pool);
  }

  @Test
  void a_public_pool_may_not_overlap_any_other_public_pool() {
    Invalid overlap = assertThrows(Invalid.class, () -> create(
        CreatePool.NewPool.builder(ACME.tenant(), IpPrefix.parse("192.0.2.128/25"), Visibility.PUBLIC).build()));

    assertEquals(Invalid.Reason.OVERLAPS_PUBLIC_POOL, overlap.reason());
    assertEquals("192.0.2.128/25 overlaps with public pool 192.0.2.0/24", overlap.getMessage());
  }

  @Test
  void pools_of_one_network_share_its_space_while_other_networks_may_reuse_it() {
    create(CreatePool.NewPool.builder(ACME.tenant(), IpPrefix.parse("10.30.0.0/29"), Visibility.PRIVATE)
        .network(new NetworkId("n1")).build());

    Invalid overlap = assertThrows(Invalid.class, () -> create(CreatePool.NewPool.builder(ACME.tenant(),
        IpPrefix.parse("10.30.0.0/31"), Visibility.PRIVATE).network(new NetworkId("n1")).build()));
    Pool elsewhere = create(CreatePool.NewPool.builder(ACME.tenant(), IpPrefix.parse("10.30.0.0/31"),
        Visibility.PRIVATE).network(new NetworkId("n2")).build());
    Invalid mixed = assertThrows(Invalid.class, () -> create(CreatePool.NewPool.builder(ACME.tenant(),
        IpPrefix.parse("10.31.0.0/29"), Visibility.PUBLIC).network(new NetworkId("n1")).build()));

    assertEquals(Invalid.Reason.OVERLAPS_NETWORK_POOL, overlap.reason());
    assertEquals("10.30.0.0/31", elsewhere.prefix().toString());
    assertEquals(Invalid.Reason.VISIBILITY_MISMATCH, mixed.reason());
  }

  @Test
  void sub_pools_lie_inside_their_parent_apart_from_each_other_and_the_parent_stops_handing_out() {
    Pool parent = create(CreatePool.NewPool.builder(ACME.tenant(), IpPrefix.parse("10.32.0.0/24"), Visibility.PRIVATE)
        .build());
    Pool child = create(CreatePool.NewPool.builder(ACME.tenant(), IpPrefix.parse("10.32.0.0/25"), Visibility.PRIVATE)
        .parent(parent.id()).build());

    Invalid sibling = assertThrows(Invalid.class, () -> create(CreatePool.NewPool.builder(ACME.tenant(),
        IpPrefix.parse("10.32.0.64/26"), Visibility.PRIVATE).parent(parent.id()).build()));
    Invalid outside = assertThrows(Invalid.class, () -> create(CreatePool.NewPool.builder(ACME.tenant(),
        IpPrefix.parse("10.33.0.0/26"), Visibility.PRIVATE).parent(parent.id()).build()));
    Conflict subdivided = assertThrows(Conflict.class, () -> next(ACME, parent.id()));

    assertEquals(Invalid.Reason.OVERLAPS_SIBLING, sibling.reason());
    assertEquals(Invalid.Reason.OUTSIDE_PARENT, outside.reason());
    assertEquals(Conflict.Reason.POOL_HAS_SUBPOOLS, subdivided.reason());
    assertEquals(List.of(child.id()), node.get(FindPools.class).subpools(ACME, parent.id()).stream().map(Pool::id).toList());
  }

  @Test
  void a_pool_that_handed_out_addresses_cannot_be_subdivided() {
    Pool parent = create(CreatePool.NewPool.builder(ACME.tenant(), IpPrefix.parse("10.34.0.0/24"), Visibility.PRIVATE)
        .build());
    next(ACME, parent.id());

    Conflict conflict = assertThrows(Conflict.class, () -> create(CreatePool.NewPool.builder(ACME.tenant(),
        IpPrefix.parse("10.34.0.128/25"), Visibility.PRIVATE).parent(parent.id()).build()));

    assertEquals(Conflict.Reason.POOL_HAS_ALLOCATIONS, conflict.reason());
  }

  @Test
  void the_database_itself_refuses_to_subdivide_a_pool_that_holds_addresses() {
    Pool parent = create(CreatePool.NewPool.builder(ACME.tenant(), IpPrefix.parse("10.41.0.0/24"), Visibility.PRIVATE)
        .build());
    next(ACME, parent.id());
    Instant now = Instant.now();
    Pool child = new Pool(new PoolId("child-of-" + parent.id()), ACME.tenant(), IpPrefix.parse("10.41.0.128/25"),
        32, Visibility.PRIVATE, null, null, parent.id(), null, null, ReservedAddresses.NETWORK_AND_LAST, null, null, 0,
        now, now, 0);

    // straight to the store, past the service's own check: the foreign key is the last word
    Conflict conflict = assertThrows(Conflict.class,
        () -> node.get(IpamTransactions.class).inTransaction(() -> node.get(PoolStore.class).insert(child)));

    assertEquals(Conflict.Reason.POOL_HAS_ALLOCATIONS, conflict.reason());
    assertThrows(NotFound.class, () -> node.get(FindPools.class).get(ACME, child.id()));
  }

  @Test
  void a_pool_whose_last_sub_pool_is_removed_hands_out_addresses_again() {
    Pool parent = create(CreatePool.NewPool.builder(ACME.tenant(), IpPrefix.parse("10.42.0.0/24"), Visibility.PRIVATE)
        .build());
    Pool child = create(CreatePool.NewPool.builder(ACME.tenant(), IpPrefix.parse("10.42.0.0/25"), Visibility.PRIVATE)
        .parent(parent.id()).build());
    assertThrows(Conflict.class, () -> next(ACME, parent.id()));

    node.get(RemovePool.class).remove(ACME, child.id());

    assertEquals("10.42.0.1", next(ACME, parent.id()).address().toString());
  }

  @Test
  void an_unknown_policy_or_parent_is_an_invalid_reference() {
    Invalid policy = assertThrows(Invalid.class, () -> create(CreatePool.NewPool.builder(ACME.tenant(),
        IpPrefix.parse("10.35.0.0/24"), Visibility.PRIVATE).policy(new PolicyId("no-such-policy")).build()));
    Invalid parent = assertThrows(Invalid.class, () -> create(CreatePool.NewPool.builder(ACME.tenant(),
        IpPrefix.parse("10.35.0.0/24"), Visibility.PRIVATE).parent(new PoolId("nope")).build()));

    assertEquals(Invalid.Reason.UNKNOWN_REFERENCE, policy.reason());
    assertEquals(Invalid.Reason.UNKNOWN_REFERENCE, parent.reason());
  }

  @Test
  void one_tenant_never_sees_or_touches_another_tenants_pools_and_addresses() {
    Pool acmePool = privatePool(ACME, "10.36.0.0/24", ReservedAddresses.NETWORK_AND_LAST);
    Allocation acmeAddress = next(ACME, acmePool.id());

    assertThrows(NotFound.class, () -> node.get(FindPools.class).get(GLOBEX, acmePool.id()));
    assertThrows(NotFound.class, () -> next(GLOBEX, acmePool.id()));
    assertThrows(NotFound.class, () -> node.get(FindAllocations.class).get(GLOBEX, acmeAddress.id()));
    assertThrows(NotFound.class, () -> node.get(RemovePool.class).remove(GLOBEX, acmePool.id()));
    assertThrows(Forbidden.class, () -> node.get(FindPools.class)
        .list(GLOBEX, new FindPools.Query(ACME.tenant(), null, null, 10)));
    assertThrows(Forbidden.class, () -> node.get(CreatePool.class).create(GLOBEX,
        CreatePool.NewPool.builder(ACME.tenant(), IpPrefix.parse("10.37.0.0/24"), Visibility.PRIVATE).build()));
    assertEquals(acmeAddress, node.get(FindAllocations.class).get(OPERATOR, acmeAddress.id()));
  }

  @Test
  void a_lessee_sees_what_was_leased_to_it_but_not_the_owners_pool() {
    Pool provider = privatePool(ACME, "10.38.0.0/24", ReservedAddresses.NETWORK_AND_LAST);
    Allocation leased = node.get(AllocateFromPool.class).allocateNext(ACME, provider.id(), leasedTo("globex"));

    assertEquals(leased, node.get(FindAllocations.class).get(GLOBEX, leased.id()));
    assertEquals(List.of(leased), node.get(FindAllocations.class)
        .list(GLOBEX, new FindAllocations.Query(GLOBEX.tenant(), null, null, null, 10)));
    assertThrows(NotFound.class, () -> node.get(FindPools.class).get(GLOBEX, provider.id()));
  }

  @Test
  void amending_with_a_stale_version_is_a_conflict_and_changes_nothing() {
    Pool pool = privatePool(ACME, "10.39.0.0/24", ReservedAddresses.NETWORK_AND_LAST);
    Allocation allocation = next(ACME, pool.id());
    AmendAllocation amend = node.get(AmendAllocation.class);

    Allocation amended = amend.amend(ACME, allocation.id(), allocation.version(), new AmendAllocation.Amendment(
        Optional.of("db"), Labels.of(Map.of("role", "db")), null, null, null));
    Conflict stale = assertThrows(Conflict.class, () -> amend.amend(ACME, allocation.id(), allocation.version(),
        new AmendAllocation.Amendment(Optional.of("cache"), null, null, null, null)));

    assertEquals(Conflict.Reason.STALE_VERSION, stale.reason());
    assertEquals(amended, node.get(FindAllocations.class).get(ACME, allocation.id()));
    assertEquals("db", amended.description());
    assertEquals(allocation.version() + 1, amended.version());
  }

  @Test
  void removing_a_pool_removes_its_sub_pools_and_their_addresses() {
    Pool parent = create(CreatePool.NewPool.builder(ACME.tenant(), IpPrefix.parse("10.40.0.0/24"), Visibility.PRIVATE)
        .build());
    Pool child = create(CreatePool.NewPool.builder(ACME.tenant(), IpPrefix.parse("10.40.0.0/25"), Visibility.PRIVATE)
        .parent(parent.id()).build());
    Allocation inChild = next(ACME, child.id());

    node.get(RemovePool.class).remove(ACME, parent.id());

    assertThrows(NotFound.class, () -> node.get(FindPools.class).get(ACME, parent.id()));
    assertThrows(NotFound.class, () -> node.get(FindPools.class).get(ACME, child.id()));
    assertThrows(NotFound.class, () -> node.get(FindAllocations.class).get(ACME, inChild.id()));
    assertThrows(NotFound.class, () -> node.get(AllocateFromPool.class)
        .allocateNext(ACME, child.id(), AllocationDetails.NONE));
  }
}
