package io.openipam.domain.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.domain.error.Invalid;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IpPrefixTest {

  private static IpAddress ip(String text) {
    return IpAddress.parse(text);
  }

  private static IpPrefix cidr(String text) {
    return IpPrefix.parse(text);
  }

  @ParameterizedTest(name = "{0} is kept as {1}")
  @CsvSource({
      "10.0.0.1/31,     10.0.0.0/31",
      "10.1.1.77/24,    10.1.1.0/24",
      "10.0.0.0/24,     10.0.0.0/24",
      "2001:db8::1/32,  2001:db8::/32",
      "fe::/96,         fe::/96",
      "0.0.0.0/0,       0.0.0.0/0",
      "::/0,            ::/0",
  })
  void clears_host_bits_so_the_prefix_starts_at_its_network_address(String given, String normalised) {
    assertEquals(normalised, cidr(given).toString());
  }

  @Test
  void reads_a_bare_ipv4_address_as_a_slash_32() {
    IpPrefix prefix = cidr("10.0.0.7");

    assertEquals(ip("10.0.0.7"), prefix.network());
    assertEquals(32, prefix.length());
  }

  @Test
  void reads_a_bare_ipv6_address_as_a_slash_128() {
    IpPrefix prefix = cidr("fe::1");

    assertEquals(ip("fe::1"), prefix.network());
    assertEquals(128, prefix.length());
  }

  @ParameterizedTest(name = "''{0}''")
  @NullAndEmptySource
  @ValueSource(strings = {
      "10...", "10.0.0.0/33", "::/129", "10.0.0.0/", "/24", "10.0.0.0/-1", "10.0.0.0/24/24",
      "10.0.0.0/255.255.255.0", "cidr", "010.0.0.0/8", "10.0.0.*/24"})
  void refuses_a_malformed_cidr_with_invalid(String text) {
    Invalid invalid = assertThrows(Invalid.class, () -> IpPrefix.parse(text));

    assertEquals(Invalid.Reason.MALFORMED, invalid.reason());
    assertEquals("prefix", invalid.field());
  }

  @Test
  void names_the_field_the_caller_gave_when_refusing() {
    assertEquals("cidr", assertThrows(Invalid.class, () -> IpPrefix.parse("10...", "cidr")).field());
  }

  @Test
  void refuses_to_build_a_prefix_with_host_bits_set() {
    assertThrows(Invalid.class, () -> new IpPrefix(ip("10.0.0.1"), 24));
  }

  @Test
  void refuses_to_build_a_prefix_longer_than_its_family() {
    assertThrows(Invalid.class, () -> new IpPrefix(ip("10.0.0.0"), 33));
    assertThrows(Invalid.class, () -> new IpPrefix(ip("10.0.0.0"), -1));
    assertThrows(Invalid.class, () -> IpPrefix.containing(ip("10.0.0.0"), 33));
  }

  @Test
  void finds_the_prefix_of_a_given_length_around_an_address() {
    assertEquals(cidr("10.1.1.0/24"), IpPrefix.containing(ip("10.1.1.200"), 24));
    assertEquals(cidr("2001:db8:0:5::/64"), IpPrefix.containing(ip("2001:db8:0:5:abcd::1"), 64));
  }

  @ParameterizedTest(name = "{0} spans {1} addresses")
  @CsvSource({
      "10.0.0.0/24,    256",
      "10.0.0.0/31,    2",
      "10.0.0.0/32,    1",
      "0.0.0.0/0,      4294967296",
      "fe::/96,        4294967296",
      "2001:db8::/32,  79228162514264337593543950336",
      "::/0,           340282366920938463463374607431768211456",
  })
  void counts_its_addresses(String prefix, String size) {
    assertEquals(new BigInteger(size), cidr(prefix).size());
  }

  @ParameterizedTest(name = "the last address of {0} is {1}")
  @CsvSource({
      "10.0.0.0/24,   10.0.0.255",
      "10.0.0.0/31,   10.0.0.1",
      "10.0.0.7/32,   10.0.0.7",
      "0.0.0.0/0,     255.255.255.255",
      "fe::/64,       fe::ffff:ffff:ffff:ffff",
      "::/0,          ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
  })
  void knows_its_last_address(String prefix, String last) {
    assertEquals(ip(last), cidr(prefix).last());
  }

  @ParameterizedTest(name = "/{0} has netmask {1}")
  @CsvSource({
      "0,  0.0.0.0",
      "8,  255.0.0.0",
      "20, 255.255.240.0",
      "24, 255.255.255.0",
      "31, 255.255.255.254",
      "32, 255.255.255.255",
  })
  void writes_the_dotted_netmask_of_an_ipv4_prefix(int length, String netmask) {
    assertEquals(ip(netmask), IpPrefix.containing(ip("10.0.0.0"), length).netmask());
  }

  @Test
  void contains_its_first_and_last_address_and_nothing_beyond() {
    IpPrefix prefix = cidr("10.0.0.0/24");

    assertTrue(prefix.contains(ip("10.0.0.0")));
    assertTrue(prefix.contains(ip("10.0.0.255")));
    assertFalse(prefix.contains(ip("9.255.255.255")));
    assertFalse(prefix.contains(ip("10.0.1.0")));
  }

  @Test
  void never_contains_an_address_of_the_other_family() {
    assertFalse(cidr("0.0.0.0/0").contains(ip("::")));
    assertFalse(cidr("::/0").contains(ip("0.0.0.0")));
  }

  @Test
  void contains_a_prefix_inside_it_including_itself() {
    IpPrefix prefix = cidr("10.0.0.0/16");

    assertTrue(prefix.contains(cidr("10.0.5.0/24")));
    assertTrue(prefix.contains(cidr("10.0.255.255/32")));
    assertTrue(prefix.contains(prefix));
    assertFalse(prefix.contains(cidr("10.0.0.0/8")));
    assertFalse(prefix.contains(cidr("10.1.0.0/24")));
  }

  @Test
  void overlaps_exactly_when_one_contains_the_other() {
    IpPrefix block = cidr("10.0.0.0/24");

    assertTrue(block.overlaps(cidr("10.0.0.128/25")));
    assertTrue(cidr("10.0.0.128/25").overlaps(block));
    assertTrue(block.overlaps(cidr("10.0.0.0/8")));
    assertTrue(block.overlaps(block));
    assertFalse(block.overlaps(cidr("10.0.1.0/24")), "adjacent blocks do not overlap");
    assertFalse(cidr("0.0.0.0/0").overlaps(cidr("::/0")), "families never overlap");
  }

  @Test
  void counts_positions_from_the_network_address() {
    IpPrefix prefix = cidr("10.0.0.0/16");

    assertEquals(ip("10.0.1.4"), prefix.addressAt(BigInteger.valueOf(260)));
    assertEquals(BigInteger.valueOf(260), prefix.offsetOf(ip("10.0.1.4")));
    assertEquals(BigInteger.ZERO, prefix.offsetOf(prefix.network()));
  }

  @Test
  void knows_its_family() {
    assertEquals(IpFamily.V4, cidr("10.0.0.0/8").family());
    assertEquals(IpFamily.V6, cidr("fe::/64").family());
  }
}
