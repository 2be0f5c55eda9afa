package io.openipam.domain.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.domain.address.IpAddress;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.policy.APolicy;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pools that hand out prefixes: /28s from a /24, /64s from a /48. */
class SlotRulesPrefixPoolTest {

  private static final BigInteger TWO_TO_THE_96 = BigInteger.ONE.shiftLeft(96);

  private static SlotRules rules(APool pool) {
    return new SlotRules(pool.build(), null);
  }

  @Test
  void cuts_a_slash_24_into_sixteen_slash_28s() {
    SlotRules rules = rules(APool.of("10.0.0.0/24").unit(28));

    assertEquals(BigInteger.valueOf(16), rules.slotCount());
    assertEquals(IpPrefix.parse("10.0.0.0/28"), rules.prefixAt(BigInteger.ZERO));
    assertEquals(IpPrefix.parse("10.0.0.16/28"), rules.prefixAt(BigInteger.ONE));
    assertEquals(IpPrefix.parse("10.0.0.240/28"), rules.prefixAt(BigInteger.valueOf(15)));
  }

  @Test
  void hands_out_every_slash_28_even_at_the_edges_because_edges_are_kept_back_only_for_single_addresses() {
    SlotRules rules = rules(APool.of("10.0.0.0/24").unit(28).reserved(ReservedAddresses.NETWORK_AND_LAST));

    List<String> handedOut = HandOut.all(rules);

    assertEquals(16, handedOut.size());
    assertEquals("10.0.0.0/28", handedOut.getFirst());
    assertEquals("10.0.0.240/28", handedOut.getLast());
  }

  @Test
  void finds_the_slot_of_any_address_inside_it() {
    SlotRules rules = rules(APool.of("10.0.0.0/24").unit(28));

    assertEquals(BigInteger.TWO, rules.slotOf(IpAddress.parse("10.0.0.37")));
  }

  @Test
  void accepts_a_requested_prefix_that_starts_on_a_slot() {
    assertEquals(BigInteger.ONE, rules(APool.of("10.0.0.0/24").unit(28)).checkRequested(IpAddress.parse("10.0.0.16")));
  }

  @Test
  void refuses_a_requested_prefix_that_does_not_start_on_a_slot() {
    SlotRules rules = rules(APool.of("10.0.0.0/24").unit(28));

    Invalid invalid = assertThrows(Invalid.class, () -> rules.checkRequested(IpAddress.parse("10.0.0.17")));

    assertEquals(Invalid.Reason.PREFIX_NOT_ALIGNED, invalid.reason());
    assertEquals("address", invalid.field());
  }

  @Test
  void keeps_back_the_whole_slot_that_holds_the_gateway() {
    SlotRules rules = rules(APool.of("10.0.0.0/24").unit(28).gateway("10.0.0.1"));

    assertEquals("10.0.0.16/28", HandOut.first(rules, 1).getFirst());
    Conflict conflict = assertThrows(Conflict.class, () -> rules.checkRequested(IpAddress.parse("10.0.0.0")));
    assertEquals(Conflict.Reason.ADDRESS_RESERVED, conflict.reason());
  }

  @Test
  void counts_policy_ranges_in_slots() {
    SlotRules rules = new SlotRules(APool.of("10.0.0.0/24").unit(28).build(), APolicy.of().range(0, 2).build());

    assertEquals("10.0.0.32/28", HandOut.first(rules, 1).getFirst());
    assertEquals(14, HandOut.all(rules).size());
  }

  @Test
  void applies_unusable_octets_to_single_addresses_only() {
    SlotRules rules = new SlotRules(APool.of("10.0.0.0/24").unit(28).build(), APolicy.of().octet(16).build());

    assertTrue(rules.isUsable(BigInteger.ONE), "10.0.0.16/28 is a prefix, not an address ending in .16");
  }

  @Test
  void hands_out_a_whole_pool_as_one_slot_when_the_unit_is_the_pool_itself() {
    SlotRules rules = rules(APool.of("10.0.0.0/24").unit(24));

    assertEquals(BigInteger.ONE, rules.slotCount());
    assertEquals(List.of("10.0.0.0/24"), HandOut.all(rules));
  }

  @Test
  void cuts_an_ipv6_slash_48_into_65536_slash_64s() {
    SlotRules rules = rules(APool.of("2001:db8::/48").unit(64));

    assertEquals(BigInteger.valueOf(65536), rules.slotCount());
    assertEquals(IpPrefix.parse("2001:db8::/64"), rules.prefixAt(BigInteger.ZERO));
    assertEquals(IpPrefix.parse("2001:db8:0:5::/64"), rules.prefixAt(BigInteger.valueOf(5)));
    assertEquals(IpPrefix.parse("2001:db8:0:ffff::/64"), rules.prefixAt(BigInteger.valueOf(65535)));
    assertEquals(BigInteger.valueOf(5), rules.slotOf(IpAddress.parse("2001:db8:0:5:abcd::1")));
  }

  @Test
  void hands_out_the_sixth_slash_64_when_asked_for_it_by_its_start() {
    SlotRules rules = rules(APool.of("2001:db8::/48").unit(64));

    assertEquals(BigInteger.valueOf(5), rules.checkRequested(IpAddress.parse("2001:db8:0:5::")));
    Invalid invalid = assertThrows(Invalid.class, () -> rules.checkRequested(IpAddress.parse("2001:db8:0:5::1")));
    assertEquals(Invalid.Reason.PREFIX_NOT_ALIGNED, invalid.reason());
  }

  @Test
  void hands_out_single_addresses_of_a_slash_32_ipv6_pool_without_overflow() {
    SlotRules rules = rules(APool.of("2001:db8::/32").unit(128));
    BigInteger lastSlot = TWO_TO_THE_96.subtract(BigInteger.ONE);

    assertEquals(TWO_TO_THE_96, rules.slotCount());
    assertEquals(IpPrefix.parse("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff/128"), rules.prefixAt(lastSlot));
    assertEquals(lastSlot, rules.slotOf(IpAddress.parse("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff")));
    assertEquals(Optional.of(lastSlot.subtract(BigInteger.ONE)), rules.nextUsable(lastSlot.subtract(BigInteger.ONE)));
    assertEquals(Optional.empty(), rules.nextUsable(lastSlot), "the last address is kept back");
    assertEquals(List.of("2001:db8::", "2001:db8::1"), HandOut.first(rules, 2));
  }
}
