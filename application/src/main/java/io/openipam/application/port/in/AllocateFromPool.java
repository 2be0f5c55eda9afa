package io.openipam.application.port.in;

import io.openipam.domain.address.IpAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.pool.PoolId;
import io.openipam.domain.tenant.Principal;

/** Hands out an address (or prefix of the pool's unit length) from one pool. */
public interface AllocateFromPool {

  /**
   * The next free slot in ascending order. Purged addresses are handed out first from the next
   * lease on; the slots this process already leased go before them.
   */
  Allocation allocateNext(Principal caller, PoolId pool, AllocationDetails details);

  /** Exactly {@code address} (the first address of the prefix, for prefix pools). */
  Allocation allocateSpecific(Principal caller, PoolId pool, IpAddress address, AllocationDetails details);
}
