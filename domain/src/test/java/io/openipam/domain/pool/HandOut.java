package io.openipam.domain.pool;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Walks next-free from slot 0 the way an allocator does, one allocation after another. */
public final class HandOut {

  /** More than any test pool walked to its end may yield; a guard against an endless walk. */
  private static final int LIMIT = 100_000;

  private HandOut() {}

  /** The first {@code count} slots next-free hands out, as text ("10.0.0.1" or "10.0.0.16/28"). */
  public static List<String> first(SlotRules rules, int count) {
    List<String> handedOut = new ArrayList<>();
    Optional<BigInteger> next = rules.nextUsable(BigInteger.ZERO);
    while (next.isPresent() && handedOut.size() < count) {
      handedOut.add(text(rules, next.get()));
      next = rules.nextUsable(next.get().add(BigInteger.ONE));
    }
    return handedOut;
  }

  /** Everything next-free hands out until the pool is full. */
  public static List<String> all(SlotRules rules) {
    List<String> handedOut = first(rules, LIMIT);
    if (handedOut.size() == LIMIT) {
      throw new AssertionError("next-free did not end within " + LIMIT + " allocations");
    }
    return handedOut;
  }

  private static String text(SlotRules rules, BigInteger slot) {
    var prefix = rules.prefixAt(slot);
    return prefix.length() == prefix.family().bits() ? prefix.network().toString() : prefix.toString();
  }
}
