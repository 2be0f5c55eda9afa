package io.openipam.domain.address;

import inet.ipaddr.IPAddress;
import io.openipam.domain.error.Invalid;
import java.math.BigInteger;
import java.util.Objects;

/** One IPv4 or IPv6 address, held as its numeric value so arithmetic is exact for both families. */
public record IpAddress(IpFamily family, BigInteger value) implements Comparable<IpAddress> {

  public IpAddress {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(value, "value");
    if (value.signum() < 0 || value.compareTo(family.maxValue()) > 0) {
      throw Invalid.malformed("address", "value out of range for " + family + ": " + value);
    }
  }

  /** Parses a plain address; a prefix length is refused. */
  public static IpAddress parse(String text) {
    return parse(text, "address");
  }

  public static IpAddress parse(String text, String field) {
    IPAddress parsed = IpText.parse(text, field);
    if (parsed.isPrefixed()) {
      throw Invalid.malformed(field, field + " must be a plain address without a prefix length: '" + text + "'");
    }
    return IpText.toValue(parsed);
  }

  /** Reads the fixed-width big-endian form the store keeps (4 or 16 bytes). */
  public static IpAddress fromBytes(byte[] bytes) {
    IpFamily family = switch (bytes.length) {
      case 4 -> IpFamily.V4;
      case 16 -> IpFamily.V6;
      default -> throw new IllegalArgumentException("an address has 4 or 16 bytes, not " + bytes.length);
    };
    return new IpAddress(family, new BigInteger(1, bytes));
  }

  /** Fixed-width big-endian bytes: byte order equals address order, so the store can range-scan them. */
  public byte[] toBytes() {
    byte[] raw = value.toByteArray();
    int width = family.bytes();
    if (raw.length == width) {
      return raw;
    }
    byte[] fixed = new byte[width];
    if (raw.length > width) {
      // a leading sign byte only
      System.arraycopy(raw, raw.length - width, fixed, 0, width);
    } else {
      System.arraycopy(raw, 0, fixed, width - raw.length, raw.length);
    }
    return fixed;
  }

  public IpAddress plus(BigInteger offset) {
    return new IpAddress(family, value.add(offset));
  }

  /** RFC 5952 for IPv6 (lowercase, longest zero run compressed), dotted quad for IPv4. */
  @Override
  public String toString() {
    return IpText.canonical(this);
  }

  /** Every group written out in full (IPv6: {@code 00fe:0000:...}); IPv4 is unchanged. */
  public String toExpandedString() {
    return IpText.expanded(this);
  }

  /** The lowest 8 bits of an IPv4 address, the lowest 16 bits of an IPv6 address. */
  public int lastGroup() {
    return value.intValue() & (family == IpFamily.V4 ? 0xff : 0xffff);
  }

  @Override
  public int compareTo(IpAddress other) {
    int byFamily = family.compareTo(other.family);
    return byFamily != 0 ? byFamily : value.compareTo(other.value);
  }
}
