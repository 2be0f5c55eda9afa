package io.openipam.application.service;

import io.openipam.application.port.in.AllocateAndRecordPublicAddress;
import io.openipam.application.port.in.AllocatePublicAddress;
import io.openipam.application.port.in.AllocationDetails;
import io.openipam.application.port.in.RecordChange;
import io.openipam.application.port.out.PoolStore;
import io.openipam.domain.address.IpFamily;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.change.Change;
import io.openipam.domain.pool.LocationId;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;

/**
 * All or nothing by compensation, as {@link AllocateInNetworkService}: the allocation and its
 * record are two writes, and a record that fails gives the address straight back to its pool.
 */
@Singleton
public class AllocateAndRecordPublicAddressService implements AllocateAndRecordPublicAddress {

  private final AllocatePublicAddress allocate;
  private final RecordChange record;
  private final PoolStore pools;
  private final PoolAllocator allocator;

  public AllocateAndRecordPublicAddressService(AllocatePublicAddress allocate, RecordChange record, PoolStore pools,
      PoolAllocator allocator) {
    this.allocate = allocate;
    this.record = record;
    this.pools = pools;
    this.allocator = allocator;
  }

  @Override
  public Change allocate(Principal caller, LocationId location, IpFamily family, int unitLength,
      AllocationDetails details) {
    Allocation allocation = allocate.allocate(caller, location, family, unitLength, details);
    try {
      return record.record(caller, allocation, location, Change.Kind.ALLOCATED);
    } catch (RuntimeException failure) {
      try {
        pools.find(allocation.pool()).ifPresent(pool -> allocator.giveBack(pool, allocation));
      } catch (RuntimeException giveBackFailed) {
        failure.addSuppressed(giveBackFailed);
      }
      throw failure;
    }
  }
}
