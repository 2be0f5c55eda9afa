package io.openipam.application.fakes;

import io.openipam.application.port.out.SlotLedger;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.pool.SlotRules;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.TreeSet;

/**
 * A cursor per pool that only moves forward and a free list of returned slots. A lease takes
 * free slots lowest first (dropping those the rules no longer allow), then steps the cursor with
 * {@link SlotRules#nextUsable}; a pool without a cursor (unknown or deleted) leases nothing.
 */
public final class InMemorySlotLedger implements SlotLedger {

  private final InMemoryDatabase db;
  private final List<Integer> leaseRequests = new ArrayList<>();
  private final List<List<BigInteger>> givenBack = new ArrayList<>();

  public InMemorySlotLedger(InMemoryDatabase db) {
    this.db = db;
  }

  @Override
  public List<BigInteger> lease(PoolId pool, int count, SlotRules rules) {
    synchronized (db) {
      leaseRequests.add(count);
      BigInteger cursor = db.cursors.get(pool);
      if (cursor == null) {
        return List.of();
      }
      List<BigInteger> leased = new ArrayList<>(count);
      TreeSet<BigInteger> free = db.freeSlots.getOrDefault(pool, new TreeSet<>());
      Iterator<BigInteger> recycled = free.iterator();
      for (int taken = 0; taken < count && recycled.hasNext(); taken++) {
        BigInteger slot = recycled.next();
        recycled.remove();
        if (rules.isUsable(slot)) {
          leased.add(slot);
        }
      }
      int wanted = count - leased.size();
      List<BigInteger> fresh = rules.usableFrom(cursor, wanted);
      leased.addAll(fresh);
      db.cursors.put(pool, rules.cursorAfter(fresh, wanted, cursor));
      if (leased.isEmpty()) {
        leased.addAll(reclaim(pool, count, rules));
      }
      return leased;
    }
  }

  /** Like the real ledger (without its throttle): unallocated usable slots, once the cursor is at the end. */
  private List<BigInteger> reclaim(PoolId pool, int count, SlotRules rules) {
    Set<BigInteger> taken = db.allocations.values().stream()
        .filter(allocation -> allocation.pool().equals(pool))
        .map(allocation -> rules.slotOf(allocation.address()))
        .collect(Collectors.toSet());
    return rules.usableExcept(taken, count);
  }

  @Override
  public void giveBack(PoolId pool, List<BigInteger> slots) {
    synchronized (db) {
      givenBack.add(List.copyOf(slots));
      slots.forEach(slot -> db.freeSlot(pool, slot));
    }
  }

  /** How many times {@link #lease} was called, for any pool. */
  public int leaseCalls() {
    synchronized (db) {
      return leaseRequests.size();
    }
  }

  /** The {@code count} of each lease, in call order. */
  public List<Integer> leaseRequests() {
    synchronized (db) {
      return List.copyOf(leaseRequests);
    }
  }

  /** Every {@link #giveBack} call's slots, in call order. */
  public List<List<BigInteger>> givenBack() {
    synchronized (db) {
      return List.copyOf(givenBack);
    }
  }

  /** The pool's free list, lowest first. */
  public List<BigInteger> freeSlots(PoolId pool) {
    synchronized (db) {
      return List.copyOf(db.freeSlots.getOrDefault(pool, new TreeSet<>()));
    }
  }

  /** The pool's cursor, or empty when the pool has none. */
  public Optional<BigInteger> cursor(PoolId pool) {
    synchronized (db) {
      return Optional.ofNullable(db.cursors.get(pool));
    }
  }
}
