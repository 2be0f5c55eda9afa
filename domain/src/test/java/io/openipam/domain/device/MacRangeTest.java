package io.openipam.domain.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.domain.address.MacAddress;
import io.openipam.domain.error.Invalid;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MacRangeTest {

  private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

  private static MacRange range(String text) {
    return MacRange.define(new MacRangeId("r"), text, NOW);
  }

  @Test
  void a_slash_40_covers_the_last_byte_and_keeps_its_text() {
    MacRange range = range("BC:76:4E:20:0:0/40");

    assertEquals(256, range.size());
    assertEquals(MacAddress.parse("bc:76:4e:20:00:00"), range.at(0));
    assertEquals(MacAddress.parse("bc:76:4e:20:00:ff"), range.at(255));
    assertEquals("BC:76:4E:20:0:0/40", range.text());
  }

  @Test
  void host_bits_of_the_base_are_cleared() {
    assertEquals(MacAddress.parse("ab:bc:cd:00:00:00"), range("ab-bc-cd-12-23-34/24").first());
    assertEquals(1, range("ab-bc-cd-12-23-34/48").size());
    assertEquals(MacAddress.parse("00:00:00:00:00:00"), range("ab-bc-cd-12-23-34/0").first());
  }

  @ParameterizedTest
  @ValueSource(strings = {"garbage", "ab:bc:cd:12:23:34", "ab:bc:cd:12:23:34/49", "ab:bc:cd:12:23:34/", "/24",
      "ab:bc:cd:12:23/24", "ab:bc:cd:12:23:34/-1", "ab:bc:cd:12:23:34/4x", ""})
  void refuses_what_is_no_mac_range(String text) {
    assertThrows(Invalid.class, () -> range(text));
  }

  @Test
  void an_offset_outside_the_range_is_a_programming_error() {
    assertThrows(IllegalArgumentException.class, () -> range("ab:bc:cd:12:23:34/47").at(2));
  }
}
