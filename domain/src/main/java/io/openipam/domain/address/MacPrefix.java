package io.openipam.domain.address;

import io.openipam.domain.error.Invalid;
import java.util.random.RandomGenerator;

/**
 * The first three octets a family of MAC addresses shares (an OUI, e.g. {@code 52:54:00} for
 * KVM guests). New MACs are drawn at random below it. Only unicast prefixes: a multicast MAC
 * cannot name one interface.
 */
public record MacPrefix(int value) {

  private static final int MULTICAST_BIT = 0x01_00_00;

  public MacPrefix {
    if (value < 0 || value > 0xFF_FF_FF) {
      throw Invalid.malformed("mac_prefix", "a MAC prefix is three octets");
    }
    if ((value & MULTICAST_BIT) != 0) {
      throw Invalid.malformed("mac_prefix", "a MAC prefix must be unicast (the first octet even)");
    }
  }

  /** {@code 52:54:00} or {@code 52-54-00}. */
  public static MacPrefix parse(String text) {
    MacAddress padded = MacAddress.parse(text + ":00:00:00");
    return new MacPrefix((int) (padded.value() >>> 24));
  }

  /** A MAC below this prefix, its last three octets at random. */
  public MacAddress random(RandomGenerator random) {
    return new MacAddress(((long) value << 24) | random.nextInt(1 << 24));
  }

  public boolean contains(MacAddress mac) {
    return mac.value() >>> 24 == value;
  }

  @Override
  public String toString() {
    return new MacAddress((long) value << 24).toString().substring(0, 8);
  }
}
