package io.openipam.domain.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.domain.address.IpAddress;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.policy.APolicy;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** An address asked for by name (Melange §6.2 "Specific address"). */
class SlotRulesCheckRequestedTest {

  private static final SlotRules MELANGE_BLOCK = new SlotRules(
      APool.of("10.0.0.0/24").gateway("10.0.0.1").build(),
      APolicy.of().range(10, 5).octet(123).build());

  private static BigInteger check(SlotRules rules, String address) {
    return rules.checkRequested(IpAddress.parse(address));
  }

  @Test
  void gives_the_slot_of_a_free_address() {
    assertEquals(BigInteger.valueOf(42), check(MELANGE_BLOCK, "10.0.0.42"));
  }

  @Test
  void allows_the_network_address_when_only_the_last_is_reserved() {
    assertEquals(BigInteger.ZERO, check(MELANGE_BLOCK, "10.0.0.0"));
  }

  @Test
  void refuses_an_address_outside_the_pool() {
    Invalid invalid = assertThrows(Invalid.class, () -> check(MELANGE_BLOCK, "10.0.1.0"));

    assertEquals(Invalid.Reason.ADDRESS_OUTSIDE_POOL, invalid.reason());
    assertEquals("address", invalid.field());
  }

  @Test
  void refuses_an_address_of_the_other_family_as_outside_the_pool() {
    Invalid invalid = assertThrows(Invalid.class, () -> check(MELANGE_BLOCK, "::a00:2a"));

    assertEquals(Invalid.Reason.ADDRESS_OUTSIDE_POOL, invalid.reason());
  }

  @Test
  void refuses_the_gateway_as_reserved() {
    Conflict conflict = assertThrows(Conflict.class, () -> check(MELANGE_BLOCK, "10.0.0.1"));

    assertEquals(Conflict.Reason.ADDRESS_RESERVED, conflict.reason());
  }

  @Test
  void refuses_the_broadcast_address_as_reserved() {
    Conflict conflict = assertThrows(Conflict.class, () -> check(MELANGE_BLOCK, "10.0.0.255"));

    assertEquals(Conflict.Reason.ADDRESS_RESERVED, conflict.reason());
  }

  @Test
  void refuses_the_network_address_when_it_is_reserved_too() {
    SlotRules rules = new SlotRules(
        APool.of("10.0.0.0/24").reserved(ReservedAddresses.NETWORK_AND_LAST).build(), null);

    Conflict conflict = assertThrows(Conflict.class, () -> check(rules, "10.0.0.0"));

    assertEquals(Conflict.Reason.ADDRESS_RESERVED, conflict.reason());
  }

  @Test
  void refuses_an_address_in_an_unusable_range() {
    for (String address : new String[] {"10.0.0.10", "10.0.0.14"}) {
      Invalid invalid = assertThrows(Invalid.class, () -> check(MELANGE_BLOCK, address), address);
      assertEquals(Invalid.Reason.ADDRESS_EXCLUDED_BY_POLICY, invalid.reason());
    }
    assertEquals(BigInteger.valueOf(15), check(MELANGE_BLOCK, "10.0.0.15"));
    assertEquals(BigInteger.valueOf(9), check(MELANGE_BLOCK, "10.0.0.9"));
  }

  @Test
  void refuses_an_address_ending_in_an_unusable_octet() {
    SlotRules rules = new SlotRules(APool.of("10.0.0.0/16").build(), APolicy.of().octet(123).build());

    Invalid invalid = assertThrows(Invalid.class, () -> check(rules, "10.0.0.123"));

    assertEquals(Invalid.Reason.ADDRESS_EXCLUDED_BY_POLICY, invalid.reason());
    assertThrows(Invalid.class, () -> check(rules, "10.0.200.123"));
    assertEquals(BigInteger.valueOf(124), check(rules, "10.0.0.124"));
    assertEquals(BigInteger.valueOf(123 * 256 + 1), check(rules, "10.0.123.1"));
  }

  @Test
  void matches_an_unusable_octet_against_the_last_16_bit_group_of_an_ipv6_address() {
    SlotRules rules = new SlotRules(APool.of("2001:db8::/64").build(), APolicy.of().octet(0).build());

    assertThrows(Invalid.class, () -> check(rules, "2001:db8::1:0"));
    assertEquals(BigInteger.valueOf(0x100), check(rules, "2001:db8::100"));
  }
}
