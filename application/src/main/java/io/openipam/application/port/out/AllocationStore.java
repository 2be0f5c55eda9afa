package io.openipam.application.port.out;

import io.openipam.domain.address.IpAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.AllocationState;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.tenant.TenantId;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where allocations live. The store guarantees that a pool never holds one address twice,
 * whatever number of processes write to it.
 */
public interface AllocationStore {

  /** Stores the allocation unless its pool already holds that address; says whether it did. */
  boolean insertIfFree(Allocation allocation);

  Optional<Allocation> find(AllocationId id);

  Optional<Allocation> findByAddress(PoolId pool, IpAddress address);

  /** Writes {@code updated} if the stored version is still {@code expectedVersion}; says whether it did. */
  boolean update(Allocation updated, long expectedVersion);

  /** By lessee and/or pool, ordered by id, after {@code afterId} when given; {@code state} null means both. */
  List<Allocation> list(TenantId lessee, PoolId pool, AllocationState state, AllocationId afterId, int limit);

  boolean anyInPool(PoolId pool);

  /** Released allocations whose release is at or before {@code cutoff}, oldest first. */
  List<Allocation> releasedBefore(Instant cutoff, int limit);

  /**
   * Deletes the allocation if it is still at its version and hands its slot back to the pool's
   * free list; says whether it did.
   */
  boolean remove(Allocation allocation, BigInteger slot);
}
