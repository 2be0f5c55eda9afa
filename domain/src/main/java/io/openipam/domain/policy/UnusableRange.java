package io.openipam.domain.policy;

import io.openipam.domain.error.Invalid;
import java.math.BigInteger;
import java.time.Instant;

/**
 * Positions {@code [offset, offset + length)} of a pool, counted from its network address. A
 * negative offset counts from the end (-1 is the last position); a negative range that reaches
 * zero or beyond runs to the end of the pool. Out-of-pool positions are clipped. A range of
 * length 0 excludes nothing (Melange accepted it, and a client may keep one as a placeholder).
 */
public record UnusableRange(String id, long offset, long length, Instant createdAt, Instant updatedAt) {

  public UnusableRange {
    if (length < 0) {
      throw Invalid.malformed("length", "an unusable range is zero or more positions long, not " + length);
    }
  }

  /** The same range, moved or resized at {@code now}. */
  public UnusableRange amended(long newOffset, long newLength, Instant now) {
    return new UnusableRange(id, newOffset, newLength, createdAt, now);
  }

  /** First excluded position in a pool of {@code size} positions (clipped to the pool). */
  BigInteger start(BigInteger size) {
    return clip(offset < 0 ? size.add(BigInteger.valueOf(offset)) : BigInteger.valueOf(offset), size);
  }

  /** One past the last excluded position. */
  BigInteger end(BigInteger size) {
    if (offset < 0 && offset + length >= 0) {
      return size;
    }
    BigInteger unclippedStart = offset < 0 ? size.add(BigInteger.valueOf(offset)) : BigInteger.valueOf(offset);
    return clip(unclippedStart.add(BigInteger.valueOf(length)), size);
  }

  boolean excludes(BigInteger position, BigInteger size) {
    return position.compareTo(start(size)) >= 0 && position.compareTo(end(size)) < 0;
  }

  private static BigInteger clip(BigInteger position, BigInteger size) {
    return position.max(BigInteger.ZERO).min(size);
  }
}
