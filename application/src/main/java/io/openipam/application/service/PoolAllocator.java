package io.openipam.application.service;

import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.out.AllocationStore;
import io.openipam.application.port.out.IdSource;
import io.openipam.application.port.out.PolicyStore;
import io.openipam.domain.address.IpAddress;
import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.AllocationState;
import io.openipam.domain.error.Conflict;
import io.openipam.domain.error.NotFound;
import io.openipam.domain.policy.Policy;
import io.openipam.domain.pool.Pool;
import io.openipam.domain.pool.SlotRules;
import io.openipam.domain.tenant.TenantId;
import jakarta.inject.Singleton;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Takes addresses out of one pool. Each allocation is a single insert guarded by the store's
 * unique key and by the pool's cursor row; nothing here holds a lock across requests or processes.
 */
@Singleton
public class PoolAllocator {

  private final PolicyStore policies;
  private final AllocationStore allocations;
  private final CandidateSlots candidates;
  private final PoolSnapshots snapshots;
  private final IdSource ids;
  private final Clock clock;

  public PoolAllocator(PolicyStore policies, AllocationStore allocations, CandidateSlots candidates,
      PoolSnapshots snapshots, IdSource ids, Clock clock) {
    this.policies = policies;
    this.snapshots = snapshots;
    this.allocations = allocations;
    this.candidates = candidates;
    this.ids = ids;
    this.clock = clock;
  }

  /** The next free slot of the pool, or empty when the pool is exhausted. */
  public Optional<Allocation> next(Pool pool, TenantId lessee, AllocationDetails details) {
    SlotRules rules = rulesOf(pool);
    Optional<BigInteger> slot;
    try {
      while ((slot = candidates.next(pool, rules)).isPresent()) {
        // The pool's rules may have changed since the slot was leased: such a slot is skipped for good.
        if (rules.isUsable(slot.get())) {
          Allocation allocation = newAllocation(pool, rules.prefixAt(slot.get()), lessee, details);
          if (allocations.insertIfFree(allocation)) {
            return Optional.of(allocation);
          }
        }
      }
    } catch (NotFound refused) {
      checkStillOpen(pool);
      throw refused;
    }
    // A pool subdivided since the caller read it has no slots either: say what really happened.
    checkStillOpen(pool);
    return Optional.empty();
  }

  public Allocation specific(Pool pool, IpAddress address, TenantId lessee, AllocationDetails details) {
    SlotRules rules = rulesOf(pool);
    BigInteger slot = rules.checkRequested(address);
    Allocation allocation = newAllocation(pool, rules.prefixAt(slot), lessee, details);
    boolean inserted;
    try {
      inserted = allocations.insertIfFree(allocation);
    } catch (NotFound refused) {
      checkStillOpen(pool);
      throw refused;
    }
    if (!inserted) {
      throw new Conflict(Conflict.Reason.ADDRESS_TAKEN, "address " + address + " is already allocated");
    }
    return allocation;
  }

  /**
   * The store refused the pool, or had no slot left in it: the snapshot the caller holds may be
   * out of date. Reads the pool again and throws if it is gone or has been subdivided.
   */
  private void checkStillOpen(Pool pool) {
    Pool now = snapshots.fresh(pool.id()).orElseThrow(() -> new NotFound(NotFound.Kind.POOL, pool.id().value()));
    if (now.isSubdivided()) {
      throw subdivided(now);
    }
  }

  /** Undoes an allocation made moments ago by this request: its slot goes straight back to the pool. */
  public void giveBack(Pool pool, Allocation allocation) {
    allocations.remove(allocation, rulesOf(pool).slotOf(allocation.address()));
  }

  private SlotRules rulesOf(Pool pool) {
    if (pool.isSubdivided()) {
      throw subdivided(pool);
    }
    Policy policy = pool.policy() == null ? null : policies.find(pool.policy()).orElse(null);
    return new SlotRules(pool, policy);
  }

  private static Conflict subdivided(Pool pool) {
    return new Conflict(Conflict.Reason.POOL_HAS_SUBPOOLS,
        "pool " + pool.prefix() + " has sub-pools and hands out no addresses itself");
  }

  private Allocation newAllocation(Pool pool, IpPrefix prefix, TenantId lessee, AllocationDetails details) {
    Instant now = clock.instant();
    return new Allocation(new AllocationId(ids.newId()), pool.id(), prefix, pool.owner(),
        lessee == null ? pool.owner() : lessee, details.attachment(), details.mac(), details.description(),
        details.labels(), details.reverseDns(), details.healthCheck(), AllocationState.ALLOCATED, null, now, now, 0);
  }
}
