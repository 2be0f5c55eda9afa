package io.openipam.application.fakes;

import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.policy.Policy;
import io.openipam.domain.policy.PolicyId;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.PoolId;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The tables the in-memory stores share, as the real stores share one database: a pool's cursor
 * and free slots go when the pool goes, and an allocation needs its pool to exist. Every store
 * call holds this object's monitor, so each is atomic, like one statement, even when several
 * "processes" (sets of fakes) share the database.
 */
public final class InMemoryDatabase {

  /** In creation order. */
  final Map<PoolId, Pool> pools = new LinkedHashMap<>();
  final Map<PoolId, BigInteger> cursors = new HashMap<>();
  final Map<PoolId, TreeSet<BigInteger>> freeSlots = new HashMap<>();
  final Map<AllocationId, Allocation> allocations = new LinkedHashMap<>();
  final Map<PolicyId, Policy> policies = new HashMap<>();

  boolean poolExists(PoolId pool) {
    return pools.containsKey(pool);
  }

  /** INSERT INTO pool_free_slot unless it is already there; nothing when the pool is gone. */
  void freeSlot(PoolId pool, BigInteger slot) {
    if (poolExists(pool)) {
      freeSlots.computeIfAbsent(pool, id -> new TreeSet<>()).add(slot);
    }
  }
}
