package io.openipam.application.service;

import static io.openipam.application.fakes.Ipam.ALICE;
import static io.openipam.application.fakes.Ipam.BOB;
import static io.openipam.application.fakes.Ipam.OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.fakes.Ipam;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.in.CreatePool.Builder;
import io.openipam.application.port.in.CreatePool.NewPool;
import io.openipam.application.port.in.DefinePolicy;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.Forbidden;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.policy.Policy;
import io.openipam.domain.policy.PolicyId;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.pool.ReservedAddresses;
import io.openipam.domain.pool.Visibility;
import io.openipam.domain.tenant.Principal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreatePoolTest {

  private final Ipam ipam = new Ipam();

  private static Builder alices(String cidr) {
    return NewPool.builder(ALICE.tenant(), IpPrefix.parse(cidr), Visibility.PRIVATE);
  }

  private Pool create(Principal caller, Builder pool) {
    return ipam.createPool.create(caller, pool.build());
  }

  @Test
  void creates_a_pool_with_single_addresses_and_the_network_and_last_address_reserved_by_default() {
    Pool v4 = create(ALICE, alices("10.0.0.0/24"));
    Pool v6 = create(ALICE, alices("2001:db8::/64"));

    assertEquals(32, v4.unitLength());
    assertEquals(128, v6.unitLength());
    assertEquals(ReservedAddresses.NETWORK_AND_LAST, v4.reserved());
    assertEquals(ReservedAddresses.NETWORK_AND_LAST, v6.reserved());
    assertEquals(ALICE.tenant(), v4.owner());
    assertEquals(0, v4.subpoolCount());
    assertEquals(0, v4.version());
    assertEquals(Ipam.T0, v4.createdAt());
    assertEquals(Ipam.T0, v4.updatedAt());
    assertEquals(v4, ipam.reread(v4));
  }

  @Test
  void keeps_every_part_the_request_names() {
    PolicyId policy = ipam.definePolicy.define(ALICE,
        new DefinePolicy.NewPolicy(ALICE.tenant(), "edge", null, null, List.of(1))).id();

    Pool pool = create(ALICE, alices("10.0.0.0/24").unitLength(28).network(new NetworkId("n1"))
        .location(new LocationId("par1")).gateway(IpAddress.parse("10.0.0.1")).reserved(ReservedAddresses.NONE)
        .policy(policy).description("lab"));

    assertEquals(28, pool.unitLength());
    assertEquals(new NetworkId("n1"), pool.network());
    assertEquals(new LocationId("par1"), pool.location());
    assertEquals(IpAddress.parse("10.0.0.1"), pool.gateway());
    assertEquals(ReservedAddresses.NONE, pool.reserved());
    assertEquals(policy, pool.policy());
    assertEquals("lab", pool.description());
    assertNull(pool.parent());
  }

  @Test
  void a_tenant_creates_pools_only_for_itself() {
    assertThrows(Forbidden.class, () -> create(BOB, alices("10.0.0.0/24")));
    assertEquals(0, ipam.pools.size());
  }

  @Test
  void an_operator_creates_pools_for_any_tenant() {
    assertEquals(ALICE.tenant(), create(OPERATOR, alices("10.0.0.0/24")).owner());
  }

  @Test
  void an_unknown_policy_is_an_invalid_reference() {
    Invalid invalid = assertThrows(Invalid.class, () -> create(ALICE,
        alices("10.0.0.0/24").policy(new PolicyId("no-such-policy"))));

    assertEquals(Invalid.Reason.UNKNOWN_REFERENCE, invalid.reason());
    assertEquals("policy", invalid.field());
    assertEquals(0, ipam.pools.size());
  }

  @Test
  void an_unknown_parent_is_an_invalid_reference() {
    Invalid invalid = assertThrows(Invalid.class, () -> create(ALICE,
        alices("10.0.0.0/25").parent(new PoolId("no-such-pool"))));

    assertEquals(Invalid.Reason.UNKNOWN_REFERENCE, invalid.reason());
    assertEquals("parent", invalid.field());
  }

  @Test
  void another_tenants_parent_is_reported_as_unknown() {
    Pool bobs = create(BOB, NewPool.builder(BOB.tenant(), IpPrefix.parse("10.0.0.0/24"), Visibility.PRIVATE));

    Invalid invalid = assertThrows(Invalid.class, () -> create(ALICE, alices("10.0.0.0/25").parent(bobs.id())));

    assertEquals(Invalid.Reason.UNKNOWN_REFERENCE, invalid.reason());
    assertEquals(0, ipam.reread(bobs).subpoolCount());
  }

  @Test
  void a_sub_pool_is_counted_under_its_parent_which_then_hands_out_nothing() {
    Pool parent = create(ALICE, alices("10.0.0.0/24"));

    Pool first = create(ALICE, alices("10.0.0.0/25").parent(parent.id()));
    create(ALICE, alices("10.0.0.128/25").parent(parent.id()));

    assertEquals(parent.id(), first.parent());
    assertEquals(2, ipam.reread(parent).subpoolCount());
    assertEquals(Conflict.Reason.POOL_HAS_SUBPOOLS, assertThrows(Conflict.class,
        () -> ipam.allocateFromPool.allocateNext(ALICE, parent.id(), AllocationDetails.NONE)).reason());
  }

  @Test
  void a_pool_that_handed_out_addresses_cannot_be_subdivided() {
    Pool parent = create(ALICE, alices("10.0.0.0/24"));
    ipam.next(parent);

    Conflict conflict = assertThrows(Conflict.class, () -> create(ALICE, alices("10.0.0.128/25").parent(parent.id())));

    assertEquals(Conflict.Reason.POOL_HAS_ALLOCATIONS, conflict.reason());
    assertEquals(0, ipam.reread(parent).subpoolCount());
  }

  @Test
  void sub_pools_lie_inside_their_parent_apart_from_each_other() {
    Pool parent = create(ALICE, alices("10.0.0.0/24"));
    create(ALICE, alices("10.0.0.0/25").parent(parent.id()));

    assertEquals(Invalid.Reason.OVERLAPS_SIBLING, assertThrows(Invalid.class,
        () -> create(ALICE, alices("10.0.0.64/26").parent(parent.id()))).reason());
    assertEquals(Invalid.Reason.OUTSIDE_PARENT, assertThrows(Invalid.class,
        () -> create(ALICE, alices("10.0.1.0/26").parent(parent.id()))).reason());
    assertEquals(1, ipam.reread(parent).subpoolCount());
  }

  @Test
  void public_pools_share_one_space_whoever_owns_them() {
    create(OPERATOR, NewPool.builder(OPERATOR.tenant(), IpPrefix.parse("192.0.2.0/24"), Visibility.PUBLIC));

    Invalid invalid = assertThrows(Invalid.class, () -> create(ALICE,
        NewPool.builder(ALICE.tenant(), IpPrefix.parse("192.0.2.128/25"), Visibility.PUBLIC)));

    assertEquals(Invalid.Reason.OVERLAPS_PUBLIC_POOL, invalid.reason());
  }

  @Test
  void pools_of_one_network_share_its_space_and_its_visibility() {
    NetworkId n1 = new NetworkId("n1");
    create(ALICE, alices("10.0.0.0/24").network(n1));

    assertEquals(Invalid.Reason.OVERLAPS_NETWORK_POOL, assertThrows(Invalid.class,
        () -> create(ALICE, alices("10.0.0.0/25").network(n1))).reason());
    assertEquals(Invalid.Reason.VISIBILITY_MISMATCH, assertThrows(Invalid.class, () -> create(ALICE,
        NewPool.builder(ALICE.tenant(), IpPrefix.parse("10.9.0.0/24"), Visibility.PUBLIC).network(n1))).reason());
    assertEquals("10.0.0.0/25", create(ALICE, alices("10.0.0.0/25").network(new NetworkId("n2"))).prefix().toString());
  }

  @Test
  void takes_its_locks_in_one_order_parent_then_public_space_then_network() {
    Pool parent = create(OPERATOR, NewPool.builder(OPERATOR.tenant(), IpPrefix.parse("192.0.2.0/24"),
        Visibility.PUBLIC).network(new NetworkId("pub")));
    int before = ipam.pools.locks().size();

    create(OPERATOR, NewPool.builder(OPERATOR.tenant(), IpPrefix.parse("192.0.2.0/25"), Visibility.PUBLIC)
        .network(new NetworkId("pub")).parent(parent.id()));

    assertEquals(List.of("public", "network:pub"), ipam.pools.locks().subList(0, before));
    assertEquals(List.of("pool:" + parent.id().value(), "network:pub"),
        ipam.pools.locks().subList(before, ipam.pools.locks().size()));
  }

  @Test
  void refuses_a_unit_length_outside_the_prefix() {
    Invalid invalid = assertThrows(Invalid.class, () -> create(ALICE, alices("10.0.0.0/24").unitLength(16)));

    assertEquals("unit_length", invalid.field());
    assertEquals(0, ipam.pools.size());
  }

  /**
   * The parent is looked up only among pools the caller may act for, but the policy is looked up
   * among all policies: a tenant can attach another tenant's policy to its pool, and can probe
   * whether a policy id exists, which DefinePolicy.get hides (NotFound for another's policy).
   */
  @Test
  void another_tenants_policy_is_reported_as_unknown() {
    Policy bobs = ipam.definePolicy.define(BOB, new DefinePolicy.NewPolicy(BOB.tenant(), "bob's", null, null, null));

    Invalid invalid = assertThrows(Invalid.class, () -> create(ALICE, alices("10.0.0.0/24").policy(bobs.id())));

    assertEquals(Invalid.Reason.UNKNOWN_REFERENCE, invalid.reason());
    assertEquals("policy", invalid.field());
  }
}
