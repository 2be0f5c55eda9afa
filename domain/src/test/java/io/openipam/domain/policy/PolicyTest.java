package io.openipam.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.domain.address.IpAddress;
import io.openipam.domain.error.Invalid;
import io.openipam.domain.tenant.TenantId;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyTest {

  private static final BigInteger SLASH_29 = BigInteger.valueOf(8);

  private static List<Integer> excludedOfSlash29(Policy policy) {
    List<Integer> excluded = new ArrayList<>();
    for (int position = 0; position < 8; position++) {
      if (policy.excludedUntil(BigInteger.valueOf(position), SLASH_29) != null) {
        excluded.add(position);
      }
    }
    return excluded;
  }

  @Test
  void excludes_the_union_of_its_ranges() {
    Policy policy = APolicy.of().range(0, 2).range(3, 2).build();

    assertEquals(List.of(0, 1, 3, 4), excludedOfSlash29(policy));
  }

  @Test
  void excludes_nothing_without_ranges() {
    assertEquals(List.of(), excludedOfSlash29(APolicy.of().octet(5).build()));
  }

  @Test
  void answers_null_for_a_position_no_range_covers() {
    assertNull(APolicy.of().range(0, 2).build().excludedUntil(BigInteger.TWO, SLASH_29));
  }

  @Test
  void jumps_to_the_furthest_end_among_the_ranges_covering_a_position() {
    Policy policy = APolicy.of().range(0, 4).range(2, 4).range(1, 2).build();

    assertEquals(BigInteger.valueOf(6), policy.excludedUntil(BigInteger.TWO, SLASH_29));
    assertEquals(BigInteger.valueOf(4), policy.excludedUntil(BigInteger.ZERO, SLASH_29));
  }

  @Test
  void excludes_an_octet_whatever_the_rest_of_the_address() {
    Policy policy = APolicy.of().octet(123).build();

    assertTrue(policy.excludesOctet(IpAddress.parse("10.0.0.123")));
    assertTrue(policy.excludesOctet(IpAddress.parse("192.168.0.123")));
    assertFalse(policy.excludesOctet(IpAddress.parse("10.0.0.124")));
    assertFalse(policy.excludesOctet(IpAddress.parse("10.0.123.1")));
  }

  @Test
  void excludes_an_octet_of_ipv6_by_the_last_16_bit_group() {
    Policy policy = APolicy.of().octet(0x12).build();

    assertTrue(policy.excludesOctet(IpAddress.parse("2001:db8::12")));
    assertFalse(policy.excludesOctet(IpAddress.parse("2001:db8::1012")));
  }

  @Test
  void excludes_no_octet_without_octets() {
    assertFalse(APolicy.of().range(0, 1).build().excludesOctet(IpAddress.parse("10.0.0.0")));
  }

  @Test
  void an_octet_is_0_to_65535_so_an_ipv6_last_group_can_be_excluded() {
    assertThrows(Invalid.class, () -> new UnusableOctet("o", 65536, APolicy.AT, APolicy.AT));
    assertThrows(Invalid.class, () -> new UnusableOctet("o", -1, APolicy.AT, APolicy.AT));
    assertEquals(0, new UnusableOctet("o", 0, APolicy.AT, APolicy.AT).octet());
    Policy policy = APolicy.of().octet(0xbeef).build();

    assertTrue(policy.excludesOctet(IpAddress.parse("fe::beef")));
    assertFalse(policy.excludesOctet(IpAddress.parse("fe::beee")));
    assertFalse(APolicy.of().octet(999).build().excludesOctet(IpAddress.parse("10.0.3.231")), "999 & 0xff is 231");
  }

  @Test
  void keeps_its_own_copy_of_ranges_and_octets() {
    List<UnusableRange> ranges = new ArrayList<>();
    Instant at = Instant.parse("2024-01-01T00:00:00Z");
    Policy policy = new Policy(new PolicyId("p"), new TenantId("acme"), "p", null, ranges, List.of(), at, at);

    ranges.add(new UnusableRange("r", 0, 1, at, at));

    assertEquals(List.of(), policy.ranges());
    assertThrows(UnsupportedOperationException.class, () -> policy.octets().add(new UnusableOctet("o", 1, at, at)));
  }
}
