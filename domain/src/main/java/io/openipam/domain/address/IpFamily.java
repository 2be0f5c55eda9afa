package io.openipam.domain.address;

import java.math.BigInteger;

/** IPv4 or IPv6, with the width that all prefix arithmetic hangs on. */
public enum IpFamily {
  V4(32),
  V6(128);

  private final int bits;
  private final BigInteger maxValue;

  IpFamily(int bits) {
    this.bits = bits;
    this.maxValue = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
  }

  public int bits() {
    return bits;
  }

  public int bytes() {
    return bits / 8;
  }

  BigInteger maxValue() {
    return maxValue;
  }

  /** 4 or 6, as most dialects print the version. */
  public int version() {
    return this == V4 ? 4 : 6;
  }
}
