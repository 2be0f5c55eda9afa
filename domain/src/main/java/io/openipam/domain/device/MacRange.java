package io.openipam.domain.device;

import io.openipam.domain.address.MacAddress;
import io.openipam.domain.error.Invalid;
import java.time.Instant;
import java.util.Objects;

/**
 * A block of MAC addresses that new interfaces are given addresses from, written as a MAC and a
 * prefix length ({@code BC:76:4E:20:00:00/40} covers {@code ...:20:00:00} to {@code ...:20:00:FF}).
 * The text is kept as the client wrote it, which is how it is shown back.
 */
public record MacRange(MacRangeId id, String text, MacAddress first, int prefixLength, Instant createdAt,
    Instant updatedAt) {

  public static final int MAX_TEXT = 255;

  public MacRange {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(first, "first");
    if (prefixLength < 0 || prefixLength > 48) {
      throw Invalid.malformed("cidr", "a MAC range's prefix length is 0 to 48, not " + prefixLength);
    }
    if ((first.value() & ~mask(prefixLength)) != 0) {
      throw Invalid.malformed("cidr", "the first MAC of a range has no bits set past its prefix");
    }
  }

  /** Reads {@code <MAC in any notation>/<0..48>}; host bits of the MAC are cleared. */
  public static MacRange define(MacRangeId id, String text, Instant now) {
    if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
      throw Invalid.malformed("cidr", "a MAC range is written <mac address>/<prefix length>");
    }
    int slash = text.indexOf('/');
    String length = slash < 0 ? "" : text.substring(slash + 1).strip();
    if (slash < 0 || !length.matches("[0-9]{1,2}")) {
      throw Invalid.malformed("cidr", "a MAC range is written <mac address>/<prefix length>, not '" + text + "'");
    }
    int prefixLength = Integer.parseInt(length);
    if (prefixLength > 48) {
      throw Invalid.malformed("cidr", "a MAC range's prefix length is 0 to 48, not " + prefixLength);
    }
    MacAddress base;
    try {
      base = MacAddress.parse(text.substring(0, slash));
    } catch (Invalid notAMac) {
      throw Invalid.malformed("cidr", "a MAC range starts with a MAC address, not '" + text.substring(0, slash) + "'");
    }
    return new MacRange(id, text, new MacAddress(base.value() & mask(prefixLength)), prefixLength, now, now);
  }

  /** How many addresses the range holds. */
  public long size() {
    return 1L << (48 - prefixLength);
  }

  /** The address {@code offset} positions after the first. */
  public MacAddress at(long offset) {
    if (offset < 0 || offset >= size()) {
      throw new IllegalArgumentException("offset " + offset + " is outside a range of " + size());
    }
    return first.plus(offset);
  }

  private static long mask(int prefixLength) {
    long all = (1L << 48) - 1;
    return prefixLength == 0 ? 0 : all & ~((1L << (48 - prefixLength)) - 1);
  }
}
