package io.openipam.application.port.out;

import io.openipam.domain.pool.PoolId;
import io.openipam.domain.pool.SlotRules;
import java.math.BigInteger;
import java.util.List;

/**
 * The shared record of which slots of each pool have been given out to allocators: a cursor
 * that only moves forward, and a free list of slots returned by purges. A lease is committed on
 * its own, so two processes never lease the same slot.
 */
public interface SlotLedger {

  /**
   * Up to {@code count} usable slots: returned ones first (lowest first), then from the cursor.
   * Once the cursor has reached the end, slots below it that hold no allocation are offered
   * again: a process that died kept its leased slots from the free list. Offering a slot that a
   * live process still holds is harmless, since the store's unique key lets only one insert win.
   */
  List<BigInteger> lease(PoolId pool, int count, SlotRules rules);

  /** Puts leased slots that were never used back on the free list. */
  void giveBack(PoolId pool, List<BigInteger> slots);
}
