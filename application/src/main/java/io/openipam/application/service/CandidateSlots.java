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
 */
@Singleton
public class CandidateSlots {

  private final SlotLedger ledger;
  private final int leaseSize;
  private final ConcurrentHashMap<PoolId, ArrayDeque<BigInteger>> leases = new ConcurrentHashMap<>();

  public CandidateSlots(SlotLedger ledger, IpamSettings settings) {
    this.ledger = ledger;
    this.leaseSize = settings.leaseSize();
  }

  /** The next candidate slot of {@code pool}, or empty when the pool has none left to lease. */
  public Optional<BigInteger> next(Pool pool, SlotRules rules) {
    ArrayDeque<BigInteger> lease = leases.computeIfAbsent(pool.id(), id -> new ArrayDeque<>());
    synchronized (lease) {
      if (lease.isEmpty()) {
        lease.addAll(ledger.lease(pool.id(), leaseSize, rules));
      }
      return Optional.ofNullable(lease.pollFirst());
    }
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
        if (!lease.isEmpty()) {
          ledger.giveBack(pool, new ArrayList<>(lease));
          lease.clear();
        }
      }
    });
  }
}
