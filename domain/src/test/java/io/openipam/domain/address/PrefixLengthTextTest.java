package io.openipam.domain.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.domain.error.Invalid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text the IP library would misread never reaches it. */
class PrefixLengthTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.0/2147483648", "10.0.0.0/4294967328", "10.0.0.0/", "10.0.0.0/+8",
      "10.0.0.0/8/8", "10.0.0.1\u0000", "10.0.0.1/24\u0000", "fe80::1\t/64", "::/1290"})
  void refuses_prefix_lengths_and_characters_the_library_would_misread(String text) {
    assertEquals(Invalid.Reason.MALFORMED, assertThrows(Invalid.class, () -> IpPrefix.parse(text)).reason());
  }

  @Test
  void a_control_character_makes_a_plain_address_invalid_too() {
    assertThrows(Invalid.class, () -> IpAddress.parse("10.0.0.1\u0000"));
  }

  @Test
  void ordinary_lengths_still_parse() {
    assertEquals("10.0.0.0/8", IpPrefix.parse("10.0.0.0/8").toString());
    assertEquals("2001:db8::/128", IpPrefix.parse("2001:db8::/128").toString());
  }
}
