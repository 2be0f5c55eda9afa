package io.openipam.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openipam.domain.error.Invalid;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Positions of a 10.0.0.0/29 (eight addresses) a range excludes, Melange §6.3. */
class UnusableRangeTest {

  private static final BigInteger SLASH_29 = BigInteger.valueOf(8);

  private static List<Integer> excludedOfSlash29(long offset, long length) {
    UnusableRange range = new UnusableRange("r", offset, length, APolicy.AT, APolicy.AT);
    List<Integer> excluded = new ArrayList<>();
    for (int position = 0; position < 8; position++) {
      if (range.excludes(BigInteger.valueOf(position), SLASH_29)) {
        excluded.add(position);
      }
    }
    return excluded;
  }

  @Test
  void counts_a_negative_offset_from_the_end() {
    assertEquals(List.of(5, 6), excludedOfSlash29(-3, 2));
  }

  @Test
  void runs_a_negative_range_reaching_zero_to_the_end_of_the_pool() {
    assertEquals(List.of(5, 6, 7), excludedOfSlash29(-3, 3));
  }

  @Test
  void runs_a_negative_range_reaching_beyond_zero_to_the_end_of_the_pool_too() {
    assertEquals(List.of(5, 6, 7), excludedOfSlash29(-3, 100));
  }

  @Test
  void takes_minus_one_as_the_last_address() {
    assertEquals(List.of(7), excludedOfSlash29(-1, 1));
  }

  @Test
  void counts_a_positive_offset_from_the_network_address() {
    assertEquals(List.of(0, 1), excludedOfSlash29(0, 2));
    assertEquals(List.of(3, 4), excludedOfSlash29(3, 2));
  }

  @ParameterizedTest(name = "({0}, {1}) excludes {2}")
  @CsvSource(delimiter = ';', value = {
      "6; 10; [6, 7]",
      "20; 1; []",
      "8; 1; []",
      "-10; 5; [0, 1, 2]",
      "-10; 2; []",
      "-8; 1; [0]",
      "0; 8; [0, 1, 2, 3, 4, 5, 6, 7]",
  })
  void clips_positions_outside_the_pool(long offset, long length, String excluded) {
    assertEquals(excluded, excludedOfSlash29(offset, length).toString());
  }

  @Test
  void ends_one_past_its_last_excluded_position_so_next_free_can_jump_there() {
    assertEquals(BigInteger.valueOf(5), new UnusableRange("r", 3, 2, APolicy.AT, APolicy.AT).end(SLASH_29));
    assertEquals(BigInteger.valueOf(7), new UnusableRange("r", -3, 2, APolicy.AT, APolicy.AT).end(SLASH_29));
    assertEquals(SLASH_29, new UnusableRange("r", -3, 3, APolicy.AT, APolicy.AT).end(SLASH_29));
    assertEquals(SLASH_29, new UnusableRange("r", 6, 10, APolicy.AT, APolicy.AT).end(SLASH_29));
  }

  @Test
  void starts_at_its_first_excluded_position() {
    assertEquals(BigInteger.valueOf(3), new UnusableRange("r", 3, 2, APolicy.AT, APolicy.AT).start(SLASH_29));
    assertEquals(BigInteger.valueOf(5), new UnusableRange("r", -3, 2, APolicy.AT, APolicy.AT).start(SLASH_29));
    assertEquals(BigInteger.ZERO, new UnusableRange("r", -10, 5, APolicy.AT, APolicy.AT).start(SLASH_29));
  }

  @Test
  void counts_from_the_end_of_a_pool_too_large_for_a_long() {
    BigInteger slash64 = BigInteger.ONE.shiftLeft(64);
    UnusableRange lastTwo = new UnusableRange("r", -2, 2, APolicy.AT, APolicy.AT);

    assertEquals(slash64.subtract(BigInteger.TWO), lastTwo.start(slash64));
    assertEquals(slash64, lastTwo.end(slash64));
  }

  @Test
  void refuses_a_negative_length() {
    Invalid invalid = assertThrows(Invalid.class, () -> new UnusableRange("r", 3, -1, APolicy.AT, APolicy.AT));

    assertEquals(Invalid.Reason.MALFORMED, invalid.reason());
    assertEquals("length", invalid.field());
  }

  /** Melange §5.5 accepted length 0 ([I]: here it excludes nothing, wherever it starts). */
  @ParameterizedTest
  @CsvSource({"0", "3", "-3", "-1", "8", "-8"})
  void a_range_of_length_zero_excludes_nothing(long offset) {
    assertEquals(List.of(), excludedOfSlash29(offset, 0));
  }
}
