package io.openipam.domain.pool;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.domain.address.IpAddress;
import io.openipam.domain.error.Invalid;
import org.junit.jupiter.api.Test;

class PoolTest {

  @Test
  void refuses_a_unit_larger_than_the_pool() {
    Invalid invalid = assertThrows(Invalid.class, () -> APool.of("10.0.0.0/24").unit(23).build());

    assertEquals(Invalid.Reason.MALFORMED, invalid.reason());
    assertEquals("unit_length", invalid.field());
  }

  @Test
  void refuses_a_unit_longer_than_an_address() {
    assertThrows(Invalid.class, () -> APool.of("10.0.0.0/24").unit(33).build());
    assertThrows(Invalid.class, () -> APool.of("2001:db8::/48").unit(129).build());
  }

  @Test
  void accepts_every_unit_from_the_pool_itself_down_to_one_address() {
    assertDoesNotThrow(() -> APool.of("10.0.0.0/24").unit(24).build());
    assertDoesNotThrow(() -> APool.of("10.0.0.0/24").unit(28).build());
    assertDoesNotThrow(() -> APool.of("10.0.0.0/24").unit(32).build());
    assertDoesNotThrow(() -> APool.of("2001:db8::/48").unit(64).build());
  }

  @Test
  void takes_single_addresses_as_its_unit_by_default() {
    assertEquals(32, APool.of("10.0.0.0/24").build().unitLength());
    assertEquals(128, APool.of("2001:db8::/64").build().unitLength());
  }

  @Test
  void refuses_a_gateway_of_the_other_family() {
    Invalid invalid = assertThrows(Invalid.class, () -> APool.of("10.0.0.0/24").gateway("fe::1").build());

    assertEquals(Invalid.Reason.FAMILY_MISMATCH, invalid.reason());
    assertEquals("gateway", invalid.field());
  }

  @Test
  void accepts_a_gateway_outside_its_prefix_as_melange_does() {
    assertEquals(IpAddress.parse("192.168.0.1"), APool.of("10.0.0.0/24").gateway("192.168.0.1").build().gateway());
  }

  @Test
  void has_no_nameservers_unless_given() {
    assertEquals(Nameservers.NONE, APool.of("10.0.0.0/24").build().nameservers());
  }

  @Test
  void knows_its_last_address_as_its_broadcast() {
    assertEquals(IpAddress.parse("10.0.0.255"), APool.of("10.0.0.0/24").build().lastAddress());
  }

  @Test
  void is_subdivided_once_it_has_sub_pools() {
    assertFalse(APool.of("10.0.0.0/24").build().isSubdivided());
    assertTrue(APool.of("10.0.0.0/24").subpools(1).build().isSubdivided());
  }
}
