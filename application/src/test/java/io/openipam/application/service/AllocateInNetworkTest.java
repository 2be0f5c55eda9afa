package io.openipam.application.service;

import static io.openipam.application.fakes.Ipam.ALICE;
import static io.openipam.application.fakes.Ipam.BOB;
import static io.openipam.application.fakes.Ipam.OPERATOR;
import static io.openipam.application.port.in.AllocateInNetwork.Completeness.EVERY_FAMILY_OR_NOTHING;
import static io.openipam.application.port.in.AllocateInNetwork.Completeness.WHATEVER_IS_FREE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.application.fakes.APool;
import io.openipam.application.fakes.Ipam;
import io.openipam.application.port.in.AllocateInNetwork.Completeness;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.domain.address.IpFamily;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.error.Exhausted;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.pool.NetworkId;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.tenant.Principal;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AllocateInNetworkTest {

  private static final NetworkId NET = new NetworkId("net-1");
  private static final Set<IpFamily> BOTH = Set.of(IpFamily.V4, IpFamily.V6);

  private final Ipam ipam = new Ipam();

  private List<Allocation> allocate(Principal caller, Set<IpFamily> families, Completeness completeness) {
    return ipam.allocateInNetwork.allocate(caller, NET, ALICE.tenant(), families, completeness,
        AllocationDetails.NONE);
  }

  private static List<String> prefixes(List<Allocation> allocations) {
    return allocations.stream().map(allocation -> allocation.prefix().toString()).toList();
  }

  @Test
  void hands_out_one_address_per_family_ipv4_first() {
    ipam.add(APool.of("2001:db8::/120").network(NET.value()));
    ipam.add(APool.of("10.0.0.0/29").network(NET.value()));

    List<Allocation> taken = allocate(ALICE, BOTH, EVERY_FAMILY_OR_NOTHING);

    assertEquals(List.of("10.0.0.1/32", "2001:db8::1/128"), prefixes(taken));
    assertEquals(2, ipam.allocations.size());
  }

  @Test
  void hands_out_only_the_families_asked_for() {
    ipam.add(APool.of("10.0.0.0/29").network(NET.value()));
    ipam.add(APool.of("2001:db8::/120").network(NET.value()));

    assertEquals(List.of("2001:db8::1/128"), prefixes(allocate(ALICE, Set.of(IpFamily.V6), WHATEVER_IS_FREE)));
  }

  @Test
  void a_family_without_pools_in_the_network_is_not_required() {
    ipam.add(APool.of("10.0.0.0/29").network(NET.value()));

    assertEquals(List.of("10.0.0.1/32"), prefixes(allocate(ALICE, BOTH, EVERY_FAMILY_OR_NOTHING)));
  }

  @Test
  void moves_on_to_the_next_pool_of_a_family_in_creation_order_only_when_one_is_exhausted() {
    ipam.add(APool.of("10.0.1.0/30").network(NET.value()));
    ipam.add(APool.of("10.0.0.0/29").network(NET.value()));
    Set<IpFamily> v4 = Set.of(IpFamily.V4);

    List<String> handedOut = List.of(prefixes(allocate(ALICE, v4, WHATEVER_IS_FREE)).getFirst(),
        prefixes(allocate(ALICE, v4, WHATEVER_IS_FREE)).getFirst(),
        prefixes(allocate(ALICE, v4, WHATEVER_IS_FREE)).getFirst());

    assertEquals(List.of("10.0.1.1/32", "10.0.1.2/32", "10.0.0.1/32"), handedOut);
  }

  @Test
  void whatever_is_free_returns_the_family_that_has_room() {
    ipam.add(APool.of("10.0.0.0/29").network(NET.value()));
    ipam.add(APool.of("2001:db8::/127").network(NET.value()));

    assertEquals(List.of("10.0.0.1/32"), prefixes(allocate(ALICE, BOTH, WHATEVER_IS_FREE)));
  }

  @Test
  void whatever_is_free_fails_when_no_family_has_room() {
    ipam.add(APool.of("10.0.0.0/31").network(NET.value()));
    ipam.add(APool.of("2001:db8::/127").network(NET.value()));

    Exhausted exhausted = assertThrows(Exhausted.class, () -> allocate(ALICE, BOTH, WHATEVER_IS_FREE));

    assertEquals(Exhausted.Scope.NETWORK, exhausted.scope());
    assertEquals(NET.value(), exhausted.id());
  }

  @Test
  void every_family_or_nothing_gives_back_the_ipv4_address_when_ipv6_is_exhausted() {
    Pool v4 = ipam.add(APool.of("10.0.0.0/29").network(NET.value()));
    ipam.add(APool.of("2001:db8::/127").network(NET.value()));

    Exhausted exhausted = assertThrows(Exhausted.class, () -> allocate(ALICE, BOTH, EVERY_FAMILY_OR_NOTHING));

    assertEquals(Exhausted.Scope.NETWORK, exhausted.scope());
    assertEquals(0, ipam.allocations.size());
    assertEquals(List.of(BigInteger.ONE), ipam.ledger.freeSlots(v4.id()), "10.0.0.1 went back to the pool");
  }

  @Test
  void a_failure_other_than_exhaustion_gives_back_the_earlier_family_too() {
    ipam.add(APool.of("10.0.0.0/29").network(NET.value()));
    Pool v6 = ipam.add(APool.of("2001:db8::/120").network(NET.value()));
    allocate(ALICE, BOTH, WHATEVER_IS_FREE);
    // Another process removes the IPv6 pool once this request has taken its IPv4 address.
    ipam.allocations.afterNextInsert(() -> ipam.pools.deleteTree(v6.id()));

    NotFound notFound = assertThrows(NotFound.class, () -> allocate(ALICE, BOTH, WHATEVER_IS_FREE));

    assertEquals(NotFound.Kind.POOL, notFound.kind());
    assertEquals(List.of("10.0.0.1/32"), ipam.allocations.list(ALICE.tenant(), null, null, null, 10).stream()
        .map(allocation -> allocation.prefix().toString()).toList());
  }

  @Test
  void an_unknown_network_is_not_found() {
    ipam.add(APool.of("10.0.0.0/29").network(NET.value()));

    NotFound notFound = assertThrows(NotFound.class, () -> ipam.allocateInNetwork.allocate(ALICE,
        new NetworkId("elsewhere"), ALICE.tenant(), BOTH, WHATEVER_IS_FREE, AllocationDetails.NONE));

    assertEquals(NotFound.Kind.NETWORK, notFound.kind());
    assertEquals("elsewhere", notFound.id());
  }

  @Test
  void another_tenants_network_is_not_found() {
    ipam.add(APool.of("10.0.0.0/29").network(NET.value()));

    NotFound asAlice = assertThrows(NotFound.class, () -> allocate(BOB, BOTH, WHATEVER_IS_FREE));
    NotFound asItself = assertThrows(NotFound.class, () -> ipam.allocateInNetwork.allocate(BOB, NET, BOB.tenant(),
        BOTH, WHATEVER_IS_FREE, AllocationDetails.NONE));

    assertEquals(NotFound.Kind.NETWORK, asAlice.kind());
    assertEquals(NotFound.Kind.NETWORK, asItself.kind());
    assertEquals(0, ipam.allocations.size());
  }

  @Test
  void an_operator_allocates_in_a_tenants_network() {
    ipam.add(APool.of("10.0.0.0/29").network(NET.value()));

    List<Allocation> taken = allocate(OPERATOR, BOTH, WHATEVER_IS_FREE);

    assertEquals(ALICE.tenant(), taken.getFirst().owner());
  }

  @Test
  void pools_with_sub_pools_are_passed_over_for_their_leaves() {
    Pool parent = ipam.add(APool.of("10.0.0.0/24").network(NET.value()));
    ipam.add(APool.of("10.0.0.128/25").network(NET.value()).parent(parent.id()));

    List<Allocation> taken = allocate(ALICE, BOTH, WHATEVER_IS_FREE);

    assertEquals(List.of("10.0.0.129/32"), prefixes(taken));
    assertTrue(ipam.allocations.list(null, parent.id(), null, null, 10).isEmpty());
  }
}
