package io.openipam.application.service;

import io.openipam.application.port.out.IpamSettings;
import io.openipam.application.port.out.SlotLedger;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.pool.SlotRules;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This process's share of each pool's slots. Slots are leased from the shared ledger a few at a
 * time and handed out here in ascending order, so the ledger's row is touched once per lease and
 * not once per allocation: contention stays per pool and cost stays flat as the pool fills. The
 * store's unique key still decides; a candidate someone else took in the meantime is skipped.
 * A pool in demand gets bigger leases (up to the configured growth), so its threads wait less on
 * the refill; a quiet pool shrinks back. Growth is bounded so that a crash strands few slots.
 */
@Singleton
public class CandidateSlots {

  /** A lease used up faster than this was too small for the pool's demand: the next one doubles. */
  private static final long BUSY_NANOS = 1_000_000_000L;
  private final SlotLedger ledger;
  private final int baseSize;
  private final int maxSize;
  private final ConcurrentHashMap<PoolId, Lease> leases = new ConcurrentHashMap<>();

  /** This process's unused slots of one pool, and how many to take next time. */
  private static final class Lease {
    final ArrayDeque<BigInteger> slots = new ArrayDeque<>();
    int nextSize;
    long takenAt;

    Lease(int size) {
      nextSize = size;
    }
  }

  public CandidateSlots(SlotLedger ledger, IpamSettings settings) {
    this.ledger = ledger;
    this.baseSize = settings.leaseSize();
    this.maxSize = settings.leaseSize() * settings.leaseGrowth();
  }

  /** The next candidate slot of {@code pool}, or empty when the pool has none left to lease. */
  public Optional<BigInteger> next(Pool pool, SlotRules rules) {
    Lease lease = leases.computeIfAbsent(pool.id(), id -> new Lease(baseSize));
    synchronized (lease) {
      if (lease.slots.isEmpty()) {
        refill(pool, rules, lease);
      }
      return Optional.ofNullable(lease.slots.pollFirst());
    }
  }

  private void refill(Pool pool, SlotRules rules, Lease lease) {
    long now = System.nanoTime();
    if (lease.takenAt != 0) {
      boolean busy = now - lease.takenAt < BUSY_NANOS;
      lease.nextSize = busy
          ? Math.min(lease.nextSize * 2, maxSize)
          : Math.max(lease.nextSize / 2, baseSize);
    }
    lease.takenAt = now;
    lease.slots.addAll(ledger.lease(pool.id(), lease.nextSize, rules));
  }

  /** Drops what this process holds of pools that no longer exist. */
  public void forget(Collection<PoolId> pools) {
    pools.forEach(leases::remove);
  }

  /** Hands unused leased slots back, so a restart does not leave holes in the pools. */
  @PreDestroy
  public void giveBackAll() {
    leases.forEach((pool, lease) -> {
      synchronized (lease) {
        if (!lease.slots.isEmpty()) {
          ledger.giveBack(pool, new ArrayList<>(lease.slots));
          lease.slots.clear();
        }
      }
    });
  }
}
