package io.openipam.domain.address;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openipam.domain.error.Invalid;
import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTest {

  @Test
  void reads_and_writes_an_ipv4_address_as_a_dotted_quad() {
    IpAddress address = IpAddress.parse("10.1.1.7");

    assertEquals(IpFamily.V4, address.family());
    assertEquals(BigInteger.valueOf(0x0A010107L), address.value());
    assertEquals("10.1.1.7", address.toString());
  }

  @Test
  void ignores_surrounding_whitespace() {
    assertEquals(IpAddress.parse("10.0.0.1"), IpAddress.parse("  10.0.0.1\n"));
  }

  @ParameterizedTest(name = "{0} is written {1}")
  @CsvSource({
      "2001:DB8::1,                            2001:db8::1",
      "2001:0db8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
      "2001:db8:0:0:1:0:0:1,                   2001:db8::1:0:0:1",
      "1:0:0:1:0:0:0:1,                        1:0:0:1::1",
      "2001:db8:0:1:1:1:1:1,                   2001:db8:0:1:1:1:1:1",
      "1:0:1:1:1:1:1:1,                        1:0:1:1:1:1:1:1",
      "0:0:0:0:0:0:0:0,                        ::",
      "0:0:0:0:0:0:0:1,                        ::1",
      "ffff:0:0:0:0:0:0:0,                     ffff::",
      "00fe:0000:0000:0000:7110:eda4:ff89:6734, fe::7110:eda4:ff89:6734",
  })
  void writes_ipv6_in_rfc_5952_canonical_form(String given, String canonical) {
    assertEquals(canonical, IpAddress.parse(given).toString());
  }

  @Test
  void compresses_the_longest_zero_run_and_keeps_a_lone_zero_group() {
    // two runs: one group at position 2, three groups at the end
    assertEquals("2001:db8:0:1::", IpAddress.parse("2001:db8:0:1:0:0:0:0").toString());
  }

  @Test
  void compresses_the_first_of_two_equally_long_zero_runs() {
    assertEquals("1::1:0:0:1:1", IpAddress.parse("1:0:0:1:0:0:1:1").toString());
  }

  @Test
  void writes_melanges_fully_expanded_ipv6_form() {
    IpAddress address = IpAddress.parse("fe::7110:eda4:ff89:6734");

    assertEquals("00fe:0000:0000:0000:7110:eda4:ff89:6734", address.toExpandedString());
  }

  @Test
  void expands_the_unspecified_ipv6_address_to_eight_zero_groups() {
    assertEquals("0000:0000:0000:0000:0000:0000:0000:0000", IpAddress.parse("::").toExpandedString());
  }

  @Test
  void leaves_an_ipv4_address_as_it_is_when_expanding() {
    assertEquals("10.11.3.255", IpAddress.parse("10.11.3.255").toExpandedString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "0.0.0.0", "0.0.0.1", "10.1.1.0", "127.255.255.255", "128.0.0.0", "255.255.255.255"})
  void keeps_ipv4_addresses_in_exactly_four_bytes_and_reads_them_back(String text) {
    IpAddress address = IpAddress.parse(text);

    byte[] bytes = address.toBytes();

    assertEquals(4, bytes.length);
    assertEquals(address, IpAddress.fromBytes(bytes));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "::", "::1", "fe::7110:eda4:ff89:6734", "7fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "8000::",
      "ffff::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"})
  void keeps_ipv6_addresses_in_exactly_sixteen_bytes_and_reads_them_back(String text) {
    IpAddress address = IpAddress.parse(text);

    byte[] bytes = address.toBytes();

    assertEquals(16, bytes.length);
    assertEquals(address, IpAddress.fromBytes(bytes));
  }

  @Test
  void writes_bytes_big_endian_with_leading_zeros_kept() {
    assertArrayEquals(new byte[] {0, 0, 0, 1}, IpAddress.parse("0.0.0.1").toBytes());
    assertArrayEquals(new byte[] {10, 1, 1, 0}, IpAddress.parse("10.1.1.0").toBytes());
  }

  @Test
  void writes_an_address_with_the_top_bit_set_without_a_sign_byte() {
    byte[] ff = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff};
    assertArrayEquals(ff, IpAddress.parse("255.255.255.255").toBytes());

    byte[] ffff = new byte[16];
    ffff[0] = (byte) 0xff;
    ffff[1] = (byte) 0xff;
    assertArrayEquals(ffff, IpAddress.parse("ffff::").toBytes());
  }

  @Test
  void orders_bytes_as_addresses_are_ordered_so_the_store_can_scan_ranges() {
    String[] ascending = {"0.0.0.0", "0.0.0.255", "10.0.0.9", "10.0.0.10", "127.255.255.255", "128.0.0.0",
        "255.255.255.254", "255.255.255.255"};
    for (int i = 1; i < ascending.length; i++) {
      IpAddress lower = IpAddress.parse(ascending[i - 1]);
      IpAddress higher = IpAddress.parse(ascending[i]);
      assertTrue(lower.compareTo(higher) < 0, lower + " < " + higher);
      assertTrue(Arrays.compareUnsigned(lower.toBytes(), higher.toBytes()) < 0,
          "bytes of " + lower + " sort before those of " + higher);
    }
  }

  @Test
  void tells_the_family_from_the_number_of_bytes() {
    assertEquals(IpFamily.V4, IpAddress.fromBytes(new byte[4]).family());
    assertEquals(IpFamily.V6, IpAddress.fromBytes(new byte[16]).family());
  }

  @Test
  void refuses_bytes_of_any_other_width() {
    assertThrows(IllegalArgumentException.class, () -> IpAddress.fromBytes(new byte[5]));
  }

  @ParameterizedTest(name = "''{0}''")
  @NullAndEmptySource
  @ValueSource(strings = {
      "   ", "garbage", "10.0.0", "1.2.3", "10.0.0.0.1", "256.1.1.1", "10.0.0.-1", "010.1.1.1", "10.01.1.1",
      "0x0a.0.0.1", "10.0.0.1/24", "10.0.0.0/24", "::1/128", "2001:db8::/32", "10.0.0.*", "*", "10.0.0.1-5",
      "1::2::3", "1:2:3:4:5:6:7:8:9", "gggg::1", "fe80::1%eth0", "[::1]", "1.2.3.4/255.255.0.0",
      "10.0.0.1 10.0.0.2", "4)+k&C#VzJ4br>0wv%Yp"})
  void refuses_anything_but_a_plain_address_with_invalid(String text) {
    Invalid invalid = assertThrows(Invalid.class, () -> IpAddress.parse(text));

    assertEquals(Invalid.Reason.MALFORMED, invalid.reason());
    assertEquals("address", invalid.field());
  }

  @Test
  void refuses_overlong_input_with_invalid_and_a_short_message() {
    String text = "1".repeat(100_000);

    Invalid invalid = assertThrows(Invalid.class, () -> IpAddress.parse(text));

    assertEquals(Invalid.Reason.MALFORMED, invalid.reason());
    assertTrue(invalid.getMessage().length() < 200, "message quotes a shortened input");
  }

  @Test
  void names_the_field_the_caller_gave_when_refusing() {
    Invalid invalid = assertThrows(Invalid.class, () -> IpAddress.parse("nope", "gateway"));

    assertEquals("gateway", invalid.field());
  }

  @Test
  void refuses_leading_zero_and_shortened_ipv4_inside_ipv6_text() {
    // ::ffff:010.1.1.1 is read today as ::ffff:8.1.1.1, and ::ffff:10.1 as ::ffff:10.0.0.1
    assertThrows(Invalid.class, () -> IpAddress.parse("::ffff:010.1.1.1"));
    assertThrows(Invalid.class, () -> IpAddress.parse("::ffff:10.1"));
  }

  @Test
  void reads_ipv4_embedded_in_ipv6_text() {
    assertEquals(IpAddress.parse("::ffff:a01:203"), IpAddress.parse("::ffff:10.1.2.3"));
  }

  @Test
  void refuses_a_value_outside_the_family() {
    assertThrows(Invalid.class, () -> new IpAddress(IpFamily.V4, BigInteger.ONE.shiftLeft(32)));
    assertThrows(Invalid.class, () -> new IpAddress(IpFamily.V6, BigInteger.ONE.shiftLeft(128)));
    assertThrows(Invalid.class, () -> new IpAddress(IpFamily.V4, BigInteger.valueOf(-1)));
  }

  @Test
  void steps_forward_by_an_offset() {
    assertEquals(IpAddress.parse("10.0.1.4"), IpAddress.parse("10.0.0.250").plus(BigInteger.TEN));
  }

  @Test
  void refuses_to_step_past_the_last_address_of_the_family() {
    assertThrows(Invalid.class, () -> IpAddress.parse("255.255.255.255").plus(BigInteger.ONE));
  }

  @Test
  void reads_the_last_byte_of_ipv4_and_the_last_group_of_ipv6() {
    assertEquals(123, IpAddress.parse("10.0.1.123").lastGroup());
    assertEquals(255, IpAddress.parse("255.255.255.255").lastGroup());
    assertEquals(0xabcd, IpAddress.parse("2001:db8::1:abcd").lastGroup());
  }

  @Test
  void sorts_ipv4_before_ipv6_and_numerically_within_a_family() {
    assertTrue(IpAddress.parse("255.255.255.255").compareTo(IpAddress.parse("::")) < 0);
    assertTrue(IpAddress.parse("10.0.0.9").compareTo(IpAddress.parse("10.0.0.10")) < 0);
    assertTrue(IpAddress.parse("fe::2").compareTo(IpAddress.parse("fe::10")) < 0);
    assertEquals(0, IpAddress.parse("fe::1").compareTo(IpAddress.parse("00fe:0:0:0:0:0:0:1")));
  }
}
