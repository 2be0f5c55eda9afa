package io.openipam.bootstrap.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.application.port.in.AllocateFromPool;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.in.CreatePool;
import io.openipam.application.port.in.DefinePolicy;
import io.openipam.application.port.in.FindAllocations;
import io.openipam.application.port.out.SlotLedger;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.Labels;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.Exhausted;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.policy.Policy;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.ReservedAddresses;
import io.openipam.domain.pool.SlotRules;
import io.openipam.domain.pool.Visibility;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NextFreeAllocationTest extends OnMariaDb {

  @Test
  void hands_out_addresses_in_ascending_order_and_reports_exhaustion_as_the_domain_error() {
    Pool pool = privatePool(ACME, "10.1.1.0/30", ReservedAddresses.LAST_ONLY);

    List<String> handedOut = IntStream.range(0, 3).mapToObj(i -> next(ACME, pool.id()).address().toString()).toList();

    assertEquals(List.of("10.1.1.0", "10.1.1.1", "10.1.1.2"), handedOut);
    Exhausted exhausted = assertThrows(Exhausted.class, () -> next(ACME, pool.id()));
    assertEquals(Exhausted.Scope.POOL, exhausted.scope());
  }

  @Test
  void skips_network_last_and_gateway_addresses_and_what_the_policy_excludes() {
    Policy policy = node.get(DefinePolicy.class).define(ACME, new DefinePolicy.NewPolicy(ACME.tenant(), "edges", null,
        List.of(new DefinePolicy.UnusableRangeSpec(1, 1), new DefinePolicy.UnusableRangeSpec(-2, 1)), List.of(5)));
    Pool pool = node.get(CreatePool.class).create(ACME,
        CreatePool.NewPool.builder(ACME.tenant(), IpPrefix.parse("10.2.0.0/28"), Visibility.PRIVATE)
            .reserved(ReservedAddresses.LAST_ONLY).gateway(IpAddress.parse("10.2.0.3")).policy(policy.id()).build());

    List<String> handedOut = IntStream.range(0, 10).mapToObj(i -> next(ACME, pool.id()).address().toString()).toList();

    assertEquals(List.of("10.2.0.0", "10.2.0.2", "10.2.0.4", "10.2.0.6", "10.2.0.7", "10.2.0.8", "10.2.0.9",
        "10.2.0.10", "10.2.0.11", "10.2.0.12"), handedOut);
    assertEquals("10.2.0.13", next(ACME, pool.id()).address().toString());
    assertThrows(Exhausted.class, () -> next(ACME, pool.id()));
  }

  @Test
  void a_specific_address_is_handed_out_once_and_next_free_steps_over_it() {
    Pool pool = privatePool(ACME, "10.3.0.0/29", ReservedAddresses.NETWORK_AND_LAST);
    AllocateFromPool allocate = node.get(AllocateFromPool.class);

    Allocation specific = allocate.allocateSpecific(ACME, pool.id(), IpAddress.parse("10.3.0.1"), AllocationDetails.NONE);

    assertEquals("10.3.0.1", specific.address().toString());
    Conflict taken = assertThrows(Conflict.class,
        () -> allocate.allocateSpecific(ACME, pool.id(), IpAddress.parse("10.3.0.1"), AllocationDetails.NONE));
    assertEquals(Conflict.Reason.ADDRESS_TAKEN, taken.reason());
    assertEquals("10.3.0.2", next(ACME, pool.id()).address().toString());
  }

  @Test
  void refuses_reserved_and_foreign_specific_addresses_without_storing_anything() {
    Pool pool = privatePool(ACME, "10.4.0.0/29", ReservedAddresses.NETWORK_AND_LAST);
    AllocateFromPool allocate = node.get(AllocateFromPool.class);

    Conflict reserved = assertThrows(Conflict.class,
        () -> allocate.allocateSpecific(ACME, pool.id(), IpAddress.parse("10.4.0.7"), AllocationDetails.NONE));
    Invalid outside = assertThrows(Invalid.class,
        () -> allocate.allocateSpecific(ACME, pool.id(), IpAddress.parse("10.9.9.9"), AllocationDetails.NONE));

    assertEquals(Conflict.Reason.ADDRESS_RESERVED, reserved.reason());
    assertEquals(Invalid.Reason.ADDRESS_OUTSIDE_POOL, outside.reason());
    assertEquals(List.of(), node.get(FindAllocations.class)
        .list(ACME, new FindAllocations.Query(null, pool.id(), null, null, 100)));
  }

  @Test
  void hands_out_prefixes_of_the_pool_unit_length() {
    CreatePool create = node.get(CreatePool.class);
    Pool v6 = create.create(ACME, CreatePool.NewPool.builder(ACME.tenant(), IpPrefix.parse("fd00:1::/48"),
        Visibility.PRIVATE).unitLength(64).build());
    Pool v4 = create.create(ACME, CreatePool.NewPool.builder(ACME.tenant(), IpPrefix.parse("10.5.0.0/24"),
        Visibility.PRIVATE).unitLength(28).build());

    assertEquals("fd00:1::/64", next(ACME, v6.id()).prefix().toString());
    assertEquals("fd00:1:0:1::/64", next(ACME, v6.id()).prefix().toString());
    assertEquals("10.5.0.0/28", next(ACME, v4.id()).prefix().toString());
    assertEquals("10.5.0.16/28", next(ACME, v4.id()).prefix().toString());
    Invalid misaligned = assertThrows(Invalid.class, () -> node.get(AllocateFromPool.class)
        .allocateSpecific(ACME, v4.id(), IpAddress.parse("10.5.0.40"), AllocationDetails.NONE));
    assertEquals(Invalid.Reason.PREFIX_NOT_ALIGNED, misaligned.reason());
  }

  @Test
  void slots_leased_by_a_process_that_died_are_handed_out_once_the_cursor_reaches_the_end() {
    Pool pool = privatePool(ACME, "10.7.0.0/29", ReservedAddresses.NETWORK_AND_LAST);
    // a process leases three slots and dies without giving them back
    List<BigInteger> stranded = node.get(SlotLedger.class).lease(pool.id(), 3, new SlotRules(pool, null));

    List<String> handedOut = IntStream.range(0, 6).mapToObj(i -> next(ACME, pool.id()).address().toString()).toList();

    assertEquals(List.of(BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(3)), stranded);
    assertEquals(List.of("10.7.0.4", "10.7.0.5", "10.7.0.6", "10.7.0.1", "10.7.0.2", "10.7.0.3"), handedOut);
    assertThrows(Exhausted.class, () -> next(ACME, pool.id()));
  }

  @Test
  void keeps_every_detail_of_an_allocation_as_it_was_given() {
    Pool pool = privatePool(ACME, "10.6.0.0/24", ReservedAddresses.NETWORK_AND_LAST);
    AllocationDetails details = new AllocationDetails(null, null, null, "web front", Labels.of(Map.of("env", "prod",
        "tier", "")), "web.example.com.", null);

    Allocation made = node.get(AllocateFromPool.class).allocateNext(ACME, pool.id(), details);
    Allocation read = node.get(FindAllocations.class).get(ACME, made.id());

    assertEquals(made, read);
    assertEquals(Map.of("env", "prod", "tier", ""), read.labels().entries());
    assertEquals(ACME.tenant(), read.lessee());
  }
}
