package io.openipam.domain.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.domain.error.Invalid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MacAddressTest {

  private static final long VALUE = 0x00ff12896734L;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "00:ff:12:89:67:34", "0:ff:12:89:67:34", "00-ff-12-89-67-34", "00ff.1289.6734", "00ff12896734",
      "00:FF:12:89:67:34", "00-FF-12-89-67-34", "00FF.1289.6734", "00FF12896734", " 00:ff:12:89:67:34 "})
  void reads_every_notation_clients_send(String text) {
    MacAddress mac = MacAddress.parse(text);

    assertEquals(VALUE, mac.value());
    assertEquals("00:ff:12:89:67:34", mac.toString());
  }

  @Test
  void pads_single_digit_groups() {
    assertEquals("0a:0b:0c:0d:0e:0f", MacAddress.parse("a:b:c:d:e:f").toString());
  }

  @Test
  void writes_lowercase_with_colons() {
    assertEquals("bc:76:4e:20:00:00", MacAddress.parse("BC-76-4E-20-00-00").toString());
  }

  @Test
  void writes_the_lowest_and_highest_address() {
    assertEquals("00:00:00:00:00:00", new MacAddress(0).toString());
    assertEquals("ff:ff:ff:ff:ff:ff", new MacAddress((1L << 48) - 1).toString());
  }

  @Test
  void reads_back_what_it_writes() {
    MacAddress mac = MacAddress.parse("12:ff:12:89:67:34");

    assertEquals(mac, MacAddress.parse(mac.toString()));
  }

  @Test
  void steps_forward_carrying_into_higher_bytes() {
    assertEquals("00:ff:12:89:67:35", MacAddress.parse("00:ff:12:89:67:34").plus(1).toString());
    assertEquals("00:ff:12:89:68:00", MacAddress.parse("00:ff:12:89:67:ff").plus(1).toString());
  }

  @Test
  void refuses_to_step_past_the_last_mac() {
    assertThrows(Invalid.class, () -> MacAddress.parse("ff:ff:ff:ff:ff:ff").plus(1));
  }

  @ParameterizedTest(name = "''{0}''")
  @NullAndEmptySource
  @ValueSource(strings = {
      "garbage", "00:ff:12:89:67", "00:ff:12:89:67:34:56", "00:ff-12:89:67:34", "000:ff:12:89:67:34",
      "gg:ff:12:89:67:34", "00ff1289673", "00ff12896734ff", "00ff.1289", "00ff:1289:6734", "00.ff.12.89.67.34",
      "00:ff:12:89:67:34/40", "0123456789abcdef0123456789abcdef0"})
  void refuses_anything_else_with_invalid(String text) {
    Invalid invalid = assertThrows(Invalid.class, () -> MacAddress.parse(text));

    assertEquals(Invalid.Reason.MALFORMED, invalid.reason());
    assertEquals("mac_address", invalid.field());
  }

  @Test
  void refuses_a_value_wider_than_48_bits() {
    assertThrows(Invalid.class, () -> new MacAddress(1L << 48));
    assertThrows(Invalid.class, () -> new MacAddress(-1));
  }
}
