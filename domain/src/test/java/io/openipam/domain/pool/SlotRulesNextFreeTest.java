package io.openipam.domain.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.domain.address.IpAddress;
import io.openipam.domain.policy.APolicy;
import io.openipam.domain.policy.Policy;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Next-free in single-address pools, walked from slot 0 (Melange §6.2). */
class SlotRulesNextFreeTest {

  private static SlotRules rules(APool pool) {
    return new SlotRules(pool.build(), null);
  }

  private static SlotRules rules(APool pool, APolicy policy) {
    return new SlotRules(pool.build(), policy.build());
  }

  private static String addressAt(SlotRules rules, BigInteger slot) {
    return rules.prefixAt(slot).network().toString();
  }

  @Test
  void hands_out_the_network_address_first_when_only_the_last_is_reserved() {
    SlotRules rules = rules(APool.of("10.1.1.0/28").reserved(ReservedAddresses.LAST_ONLY));

    assertEquals(List.of("10.1.1.0", "10.1.1.1"), HandOut.first(rules, 2));
  }

  @Test
  void hands_out_every_address_of_a_slash_28_but_the_last() {
    List<String> handedOut = HandOut.all(rules(APool.of("10.1.1.0/28")));

    assertEquals(15, handedOut.size());
    assertEquals("10.1.1.0", handedOut.getFirst());
    assertEquals("10.1.1.14", handedOut.getLast());
  }

  @Test
  void skips_the_broadcast_address_of_a_slash_30_and_then_is_full() {
    SlotRules rules = rules(APool.of("10.0.0.0/30"));

    assertEquals(List.of("10.0.0.0", "10.0.0.1", "10.0.0.2"), HandOut.all(rules));
    assertEquals(Optional.empty(), rules.nextUsable(BigInteger.valueOf(3)));
  }

  @Test
  void skips_the_gateway_so_a_slash_29_with_gateway_at_the_network_address_starts_at_dot_1() {
    SlotRules rules = rules(APool.of("10.0.0.0/29").gateway("10.0.0.0"));

    assertEquals(List.of("10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5", "10.0.0.6"),
        HandOut.all(rules));
  }

  @Test
  void skips_nothing_for_a_gateway_outside_the_pool() {
    SlotRules rules = rules(APool.of("10.0.0.0/30").gateway("192.168.0.1"));

    assertEquals(List.of("10.0.0.0", "10.0.0.1", "10.0.0.2"), HandOut.all(rules));
  }

  @Test
  void hands_out_one_address_from_a_slash_31() {
    assertEquals(List.of("10.0.0.0"), HandOut.all(rules(APool.of("10.0.0.0/31"))));
  }

  @Test
  void hands_out_nothing_from_a_slash_32_whose_only_address_is_its_last() {
    SlotRules rules = rules(APool.of("10.0.0.7/32"));

    assertEquals(BigInteger.ONE, rules.slotCount());
    assertEquals(Optional.empty(), rules.nextUsable(BigInteger.ZERO));
  }

  @Test
  void follows_melanges_worked_example_with_gateway_ranges_and_an_octet() {
    SlotRules rules = rules(
        APool.of("10.0.0.0/28").gateway("10.0.0.3"),
        APolicy.of().range(1, 1).range(-2, 1).octet(5));

    assertEquals(
        List.of("10.0.0.0", "10.0.0.2", "10.0.0.4", "10.0.0.6", "10.0.0.7", "10.0.0.8", "10.0.0.9",
            "10.0.0.10", "10.0.0.11", "10.0.0.12", "10.0.0.13"),
        HandOut.all(rules));
  }

  @Test
  void agrees_slot_by_slot_with_next_free_on_which_slots_are_usable() {
    SlotRules rules = rules(
        APool.of("10.0.0.0/28").gateway("10.0.0.3"),
        APolicy.of().range(1, 1).range(-2, 1).octet(5));
    List<String> handedOut = HandOut.all(rules);

    for (int slot = 0; slot < 16; slot++) {
      BigInteger s = BigInteger.valueOf(slot);
      assertEquals(handedOut.contains(addressAt(rules, s)), rules.isUsable(s), "slot " + slot);
    }
    assertFalse(rules.isUsable(BigInteger.valueOf(-1)));
    assertFalse(rules.isUsable(BigInteger.valueOf(16)));
  }

  @Test
  void skips_melanges_example_ranges_of_a_slash_29() {
    SlotRules fromStart = rules(APool.of("10.0.0.0/29"), APolicy.of().range(0, 2).range(3, 2));
    SlotRules fromEnd = rules(APool.of("10.0.0.0/29").reserved(ReservedAddresses.NONE), APolicy.of().range(-3, 2));
    SlotRules toEnd = rules(APool.of("10.0.0.0/29").reserved(ReservedAddresses.NONE), APolicy.of().range(-3, 3));

    assertEquals(List.of("10.0.0.2", "10.0.0.5", "10.0.0.6"), HandOut.all(fromStart));
    assertEquals(List.of("10.0.0.0", "10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.7"), HandOut.all(fromEnd));
    assertEquals(List.of("10.0.0.0", "10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4"), HandOut.all(toEnd));
  }

  @Test
  void keeps_network_and_last_address_back_when_both_are_reserved() {
    SlotRules rules = rules(APool.of("10.0.0.0/24").reserved(ReservedAddresses.NETWORK_AND_LAST));

    List<String> handedOut = HandOut.all(rules);

    assertEquals("10.0.0.1", handedOut.getFirst());
    assertEquals("10.0.0.254", handedOut.getLast());
    assertEquals(254, handedOut.size());
    assertFalse(handedOut.contains("10.0.0.255"));
    assertFalse(rules.isUsable(BigInteger.valueOf(255)));
    assertEquals(Optional.empty(), rules.nextUsable(BigInteger.valueOf(255)));
  }

  @Test
  void hands_out_both_edges_when_nothing_is_reserved() {
    SlotRules rules = rules(APool.of("10.0.0.0/30").reserved(ReservedAddresses.NONE));

    assertEquals(List.of("10.0.0.0", "10.0.0.1", "10.0.0.2", "10.0.0.3"), HandOut.all(rules));
  }

  @Test
  void hands_out_nothing_from_a_slash_31_that_keeps_both_edges_back() {
    SlotRules rules = rules(APool.of("10.0.0.0/31").reserved(ReservedAddresses.NETWORK_AND_LAST));

    assertEquals(List.of(), HandOut.all(rules));
  }

  @Test
  void starts_a_walk_from_a_negative_slot_at_the_network_address() {
    assertEquals(Optional.of(BigInteger.ZERO), rules(APool.of("10.0.0.0/28")).nextUsable(BigInteger.valueOf(-5)));
  }

  @Test
  void finds_nothing_beyond_the_end_of_the_pool() {
    assertEquals(Optional.empty(), rules(APool.of("10.0.0.0/28")).nextUsable(BigInteger.valueOf(1000)));
  }

  @Test
  void continues_from_the_given_slot_rather_than_from_the_start() {
    assertEquals(Optional.of(BigInteger.valueOf(7)), rules(APool.of("10.0.0.0/28")).nextUsable(BigInteger.valueOf(7)));
  }

  @Test
  void skips_an_unusable_octet_wherever_it_falls_in_a_slash_16() {
    SlotRules rules = rules(APool.of("10.0.0.0/16"), APolicy.of().octet(123));

    assertFalse(rules.isUsable(BigInteger.valueOf(123)), "10.0.0.123");
    assertFalse(rules.isUsable(BigInteger.valueOf(256 + 123)), "10.0.1.123");
    assertTrue(rules.isUsable(BigInteger.valueOf(122)), "10.0.0.122");
    assertEquals(Optional.of(BigInteger.valueOf(124)), rules.nextUsable(BigInteger.valueOf(123)));
  }

  @Test
  void jumps_to_the_furthest_end_of_ranges_that_overlap() {
    SlotRules rules = rules(APool.of("10.0.0.0/28"), APolicy.of().range(0, 4).range(2, 6));

    assertEquals("10.0.0.8", HandOut.first(rules, 1).getFirst());
  }

  @Test
  void jumps_over_a_large_excluded_range_instead_of_walking_it() {
    Policy policy = APolicy.of().range(0, 16_000_000).build();
    SlotRules rules = new SlotRules(APool.of("10.0.0.0/8").build(), policy);

    Optional<BigInteger> next = assertTimeoutPreemptively(Duration.ofSeconds(2),
        () -> rules.nextUsable(BigInteger.ZERO));

    assertEquals(Optional.of(BigInteger.valueOf(16_000_000)), next);
    assertEquals("10.244.36.0", addressAt(rules, next.get()));
  }

  @Test
  void jumps_over_an_excluded_range_too_long_to_ever_walk_in_an_ipv6_pool() {
    Policy policy = APolicy.of().range(0, Long.MAX_VALUE).build();
    SlotRules rules = new SlotRules(APool.of("2001:db8::/64").build(), policy);

    Optional<BigInteger> next = assertTimeoutPreemptively(Duration.ofSeconds(2),
        () -> rules.nextUsable(BigInteger.ZERO));

    assertEquals(Optional.of(BigInteger.valueOf(Long.MAX_VALUE)), next);
    assertEquals("2001:db8::7fff:ffff:ffff:ffff", addressAt(rules, next.get()));
  }

  @Test
  void finds_a_pool_full_at_once_when_a_range_excludes_all_of_it() {
    SlotRules rules = rules(APool.of("10.0.0.0/8"), APolicy.of().range(-1, 1).range(0, 1L << 24));

    assertEquals(Optional.empty(),
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> rules.nextUsable(BigInteger.ZERO)));
  }

  @Test
  void hands_out_the_network_address_of_an_ipv6_pool_first_and_never_its_last() {
    SlotRules rules = rules(APool.of("2001:db8::/64"));
    BigInteger last = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    assertEquals(List.of("2001:db8::", "2001:db8::1"), HandOut.first(rules, 2));
    assertFalse(rules.isUsable(last));
    assertEquals(Optional.empty(), rules.nextUsable(last));
  }

  @Test
  void maps_each_address_to_its_own_slot() {
    SlotRules rules = rules(APool.of("10.0.0.0/24"));

    assertEquals(BigInteger.valueOf(256), rules.slotCount());
    assertEquals(BigInteger.valueOf(77), rules.slotOf(IpAddress.parse("10.0.0.77")));
    assertEquals("10.0.0.77/32", rules.prefixAt(BigInteger.valueOf(77)).toString());
  }
}
