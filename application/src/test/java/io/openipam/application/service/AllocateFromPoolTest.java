package io.openipam.application.service;

import static io.openipam.application.fakes.Ipam.ALICE;
import static io.openipam.application.fakes.Ipam.BOB;
import static io.openipam.application.fakes.Ipam.OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.application.fakes.APool;
import io.openipam.application.fakes.FixedSettings;
import io.openipam.application.fakes.Ipam;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.in.ReleaseAllocation;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationState;
import io.openipam.domain.allocation.Attachment;
import io.openipam.domain.allocation.Labels;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.Exhausted;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.policy.Policy;
import io.openipam.domain.policy.PolicyId;
import io.openipam.domain.policy.UnusableRange;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.pool.ReservedAddresses;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllocateFromPoolTest {

  private final Ipam ipam = new Ipam();

  private Allocation next(Pool pool) {
    return ipam.allocateFromPool.allocateNext(ALICE, pool.id(), AllocationDetails.NONE);
  }

  private Allocation specific(Pool pool, String address) {
    return ipam.allocateFromPool.allocateSpecific(ALICE, pool.id(), IpAddress.parse(address), AllocationDetails.NONE);
  }

  private static String address(Allocation allocation) {
    return allocation.address().toString();
  }

  @Test
  void hands_out_the_lowest_free_addresses_in_ascending_order() {
    Pool pool = ipam.add(APool.of("10.0.0.0/29"));

    assertEquals(List.of("10.0.0.1", "10.0.0.2", "10.0.0.3"),
        List.of(address(next(pool)), address(next(pool)), address(next(pool))));
  }

  @Test
  void hands_out_the_network_address_when_the_pool_does_not_reserve_it() {
    Pool pool = ipam.add(APool.of("10.0.0.0/29").reserved(ReservedAddresses.LAST_ONLY));

    assertEquals("10.0.0.0", address(next(pool)));
  }

  @Test
  void a_new_allocation_belongs_to_the_pool_owner_and_carries_the_callers_details() {
    Pool pool = ipam.add(APool.of("10.0.0.0/29"));
    AllocationDetails details = new AllocationDetails(null, Attachment.device("vm-1"), null, "web",
        Labels.of(Map.of("tier", "front")), "web.example.", null);

    Allocation allocation = ipam.allocateFromPool.allocateNext(ALICE, pool.id(), details);

    assertEquals(pool.id(), allocation.pool());
    assertEquals("10.0.0.1/32", allocation.prefix().toString());
    assertEquals(ALICE.tenant(), allocation.owner());
    assertEquals(ALICE.tenant(), allocation.lessee());
    assertEquals(Attachment.device("vm-1"), allocation.attachment());
    assertEquals("web", allocation.description());
    assertEquals("front", allocation.labels().entries().get("tier"));
    assertEquals("web.example.", allocation.reverseDns());
    assertEquals(AllocationState.ALLOCATED, allocation.state());
    assertNull(allocation.releasedAt());
    assertEquals(Ipam.T0, allocation.createdAt());
    assertEquals(Ipam.T0, allocation.updatedAt());
    assertEquals(0, allocation.version());
    assertEquals(allocation, ipam.reread(allocation));
  }

  @Test
  void leases_the_allocation_to_the_tenant_the_details_name() {
    Pool pool = ipam.add(APool.of("10.0.0.0/29"));

    Allocation allocation = ipam.allocateFromPool.allocateNext(ALICE, pool.id(),
        AllocationDetails.NONE.leasedTo(BOB.tenant()));

    assertEquals(ALICE.tenant(), allocation.owner());
    assertEquals(BOB.tenant(), allocation.lessee());
  }

  @Test
  void an_operator_allocating_in_a_tenants_pool_leaves_the_pool_owner_as_lessee() {
    Pool pool = ipam.add(APool.of("10.0.0.0/29"));

    Allocation allocation = ipam.allocateFromPool.allocateNext(OPERATOR, pool.id(), AllocationDetails.NONE);

    assertEquals(ALICE.tenant(), allocation.lessee());
  }

  @Test
  void hands_out_the_next_slot_after_one_taken_by_name() {
    Pool pool = ipam.add(APool.of("10.0.0.0/29"));
    specific(pool, "10.0.0.2");

    assertEquals("10.0.0.1", address(next(pool)));
    int attemptsBefore = ipam.allocations.insertAttempts();
    assertEquals("10.0.0.3", address(next(pool)));
    assertEquals(2, ipam.allocations.insertAttempts() - attemptsBefore, "10.0.0.2 was tried and refused by the store");
  }

  @Test
  void skips_a_leased_slot_that_another_request_took_by_name_in_the_meantime() {
    Pool pool = ipam.add(APool.of("10.0.0.0/29"));
    assertEquals("10.0.0.1", address(next(pool)));
    specific(pool, "10.0.0.2");

    assertEquals("10.0.0.3", address(next(pool)));
    assertEquals(1, ipam.ledger.leaseCalls(), "10.0.0.2 was already in this process's lease");
  }

  @Test
  void skips_addresses_another_process_took_from_the_same_database() {
    Pool pool = ipam.add(APool.of("10.0.0.0/28"));
    Ipam thisProcess = ipam.anotherProcess(FixedSettings.defaults().withLeaseSize(2));
    Ipam otherProcess = ipam.anotherProcess(FixedSettings.defaults().withLeaseSize(2));

    List<String> handedOut = List.of(address(thisProcess.next(pool)), address(otherProcess.next(pool)),
        address(thisProcess.next(pool)), address(otherProcess.next(pool)), address(thisProcess.next(pool)));

    assertEquals(List.of("10.0.0.1", "10.0.0.3", "10.0.0.2", "10.0.0.4", "10.0.0.5"), handedOut);
  }

  @Test
  void an_exhausted_pool_raises_exhausted_for_the_pool() {
    Pool pool = ipam.add(APool.of("10.0.0.0/30"));
    next(pool);
    next(pool);

    Exhausted exhausted = assertThrows(Exhausted.class, () -> next(pool));

    assertEquals(Exhausted.Scope.POOL, exhausted.scope());
    assertEquals(pool.id().value(), exhausted.id());
    assertEquals(2, ipam.allocations.size());
  }

  @Test
  void a_pool_whose_every_slot_is_taken_by_name_is_exhausted() {
    Pool pool = ipam.add(APool.of("10.0.0.0/30"));
    specific(pool, "10.0.0.1");
    specific(pool, "10.0.0.2");

    assertThrows(Exhausted.class, () -> next(pool));
  }

  @Test
  void a_pool_with_sub_pools_hands_out_nothing_itself() {
    Pool parent = ipam.add(APool.of("10.0.0.0/24"));
    ipam.add(APool.of("10.0.0.0/25").parent(parent.id()));

    Conflict next = assertThrows(Conflict.class, () -> next(parent));
    Conflict specific = assertThrows(Conflict.class, () -> specific(parent, "10.0.0.200"));

    assertEquals(Conflict.Reason.POOL_HAS_SUBPOOLS, next.reason());
    assertEquals(Conflict.Reason.POOL_HAS_SUBPOOLS, specific.reason());
    assertEquals(0, ipam.ledger.leaseCalls());
  }

  @Test
  void skips_for_good_a_leased_slot_that_a_policy_change_made_unusable() {
    PolicyId policyId = new PolicyId("policy-1");
    ipam.policies.insert(new Policy(policyId, ALICE.tenant(), "p", null, List.of(), List.of(), Ipam.T0, Ipam.T0));
    Pool pool = ipam.add(APool.of("10.0.0.0/29").policy(policyId));
    assertEquals("10.0.0.1", address(next(pool)));

    ipam.policies.replace(new Policy(policyId, ALICE.tenant(), "p", null,
        List.of(new UnusableRange("r", 2, 1, Ipam.T0, Ipam.T0)), List.of(), Ipam.T0, Ipam.T0));

    assertEquals("10.0.0.3", address(next(pool)));
    assertEquals(1, ipam.ledger.leaseCalls(), "10.0.0.2 came from the lease taken under the old rules");
    assertEquals(List.of(), ipam.ledger.freeSlots(pool.id()), "the skipped slot does not go back to the pool");
  }

  @Test
  void skips_a_leased_slot_that_is_the_gateway_under_the_rules_at_hand_out() {
    Pool pool = ipam.add(APool.of("10.0.0.0/29"));
    ipam.allocator.next(pool, null, AllocationDetails.NONE);
    Pool sameIdWithGateway = APool.of("10.0.0.0/29").id(pool.id().value()).gateway("10.0.0.2").build();

    Allocation allocation = ipam.allocator.next(sameIdWithGateway, null, AllocationDetails.NONE).orElseThrow();

    assertEquals("10.0.0.3", address(allocation));
    assertTrue(ipam.allocations.findByAddress(pool.id(), IpAddress.parse("10.0.0.2")).isEmpty());
  }

  @Test
  void hands_out_prefixes_of_the_pools_unit_length() {
    Pool pool = ipam.add(APool.of("2001:db8::/48").unit(64));

    assertEquals("2001:db8::/64", next(pool).prefix().toString());
    assertEquals("2001:db8:0:1::/64", next(pool).prefix().toString());
  }

  @Test
  void hands_out_exactly_the_address_asked_for() {
    Pool pool = ipam.add(APool.of("10.0.0.0/29"));

    Allocation allocation = specific(pool, "10.0.0.5");

    assertEquals("10.0.0.5/32", allocation.prefix().toString());
    assertEquals(allocation, ipam.allocations.findByAddress(pool.id(), IpAddress.parse("10.0.0.5")).orElseThrow());
  }

  @Test
  void an_address_asked_for_twice_is_taken() {
    Pool pool = ipam.add(APool.of("10.0.0.0/29"));
    specific(pool, "10.0.0.5");

    Conflict conflict = assertThrows(Conflict.class, () -> specific(pool, "10.0.0.5"));

    assertEquals(Conflict.Reason.ADDRESS_TAKEN, conflict.reason());
    assertEquals(1, ipam.allocations.size());
  }

  @Test
  void an_address_handed_out_as_next_cannot_be_asked_for_by_name() {
    Pool pool = ipam.add(APool.of("10.0.0.0/29"));
    next(pool);

    assertEquals(Conflict.Reason.ADDRESS_TAKEN,
        assertThrows(Conflict.class, () -> specific(pool, "10.0.0.1")).reason());
  }

  @Test
  void refuses_by_name_a_reserved_address_or_one_outside_the_pool() {
    Pool pool = ipam.add(APool.of("10.0.0.0/29").gateway("10.0.0.1"));

    assertEquals(Conflict.Reason.ADDRESS_RESERVED,
        assertThrows(Conflict.class, () -> specific(pool, "10.0.0.1")).reason());
    assertEquals(Conflict.Reason.ADDRESS_RESERVED,
        assertThrows(Conflict.class, () -> specific(pool, "10.0.0.7")).reason());
    assertEquals(Invalid.Reason.ADDRESS_OUTSIDE_POOL,
        assertThrows(Invalid.class, () -> specific(pool, "10.0.1.1")).reason());
    assertEquals(0, ipam.allocations.size());
  }

  @Test
  void an_unknown_or_someone_elses_pool_is_not_found() {
    Pool bobs = ipam.add(APool.of("10.0.0.0/29").owner("bob"));

    NotFound unknown = assertThrows(NotFound.class, () ->
        ipam.allocateFromPool.allocateNext(ALICE, new PoolId("nope"), AllocationDetails.NONE));
    NotFound hidden = assertThrows(NotFound.class, () -> next(bobs));
    NotFound hiddenByName = assertThrows(NotFound.class, () -> specific(bobs, "10.0.0.1"));

    assertEquals(NotFound.Kind.POOL, unknown.kind());
    assertEquals(NotFound.Kind.POOL, hidden.kind());
    assertEquals(NotFound.Kind.POOL, hiddenByName.kind());
    assertEquals(0, ipam.allocations.size());
  }

  @Test
  void a_purged_address_waits_until_the_current_lease_is_used_up() {
    Pool pool = ipam.add(APool.of("10.0.0.0/28"));
    Allocation first = next(pool);
    ipam.release.release(ALICE, first.id(), ReleaseAllocation.WhenAttached.DETACH);
    ipam.clock.advance(ipam.settings.retention().period());
    ipam.purge.purgeDue();

    assertEquals("10.0.0.2", address(next(pool)), "this process still holds slots 2..14 of its first lease");
    assertEquals(List.of(BigInteger.ONE), ipam.ledger.freeSlots(pool.id()));
  }
}
