package io.openipam.domain.address;

import inet.ipaddr.IPAddress;
import io.openipam.domain.error.Invalid;
import java.math.BigInteger;
import java.util.Objects;

/** A CIDR block: a network address and a prefix length, normalised so no host bit is set. */
public record IpPrefix(IpAddress network, int length) {

  public IpPrefix {
    Objects.requireNonNull(network, "network");
    int bits = network.family().bits();
    if (length < 0 || length > bits) {
      throw Invalid.malformed("prefix", "prefix length " + length + " is out of range 0.." + bits);
    }
    if (!network.value().and(IpText.mask(network.family(), length)).equals(network.value())) {
      throw Invalid.malformed("prefix", network + "/" + length + " has host bits set");
    }
  }

  /**
   * Parses {@code a.b.c.d/n} or {@code x::/n}; a bare address means a single-address prefix.
   * Host bits are cleared, as clients that send {@code 10.0.0.1/31} expect {@code 10.0.0.0/31}.
   */
  public static IpPrefix parse(String text) {
    return parse(text, "prefix");
  }

  public static IpPrefix parse(String text, String field) {
    IPAddress parsed = IpText.parse(text, field);
    IpAddress address = IpText.toValue(parsed.withoutPrefixLength());
    Integer length = parsed.getNetworkPrefixLength();
    return containing(address, length == null ? address.family().bits() : length);
  }

  /** The prefix of the given length that contains {@code address}. */
  public static IpPrefix containing(IpAddress address, int length) {
    if (length < 0 || length > address.family().bits()) {
      throw Invalid.malformed("prefix", "prefix length " + length + " is out of range 0.." + address.family().bits());
    }
    BigInteger network = address.value().and(IpText.mask(address.family(), length));
    return new IpPrefix(new IpAddress(address.family(), network), length);
  }

  public IpFamily family() {
    return network.family();
  }

  /** How many addresses the prefix spans. */
  public BigInteger size() {
    return BigInteger.ONE.shiftLeft(family().bits() - length);
  }

  public IpAddress last() {
    return network.plus(size().subtract(BigInteger.ONE));
  }

  public boolean contains(IpAddress address) {
    return address.family() == family()
        && address.value().compareTo(network.value()) >= 0
        && address.value().compareTo(last().value()) <= 0;
  }

  public boolean contains(IpPrefix other) {
    return other.family() == family() && other.length >= length && contains(other.network);
  }

  /** Two CIDR blocks overlap exactly when one contains the other. */
  public boolean overlaps(IpPrefix other) {
    return contains(other) || other.contains(this);
  }

  /** The address {@code offset} positions from the network address. */
  public IpAddress addressAt(BigInteger offset) {
    return network.plus(offset);
  }

  public BigInteger offsetOf(IpAddress address) {
    return address.value().subtract(network.value());
  }

  /** The dotted netmask of an IPv4 prefix. */
  public IpAddress netmask() {
    return new IpAddress(family(), IpText.mask(family(), length));
  }

  @Override
  public String toString() {
    return network + "/" + length;
  }
}
