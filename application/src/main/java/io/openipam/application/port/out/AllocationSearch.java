package io.openipam.application.port.out;

import io.openipam.domain.address.IpAddress;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.AllocationState;
import io.openipam.domain.tenant.TenantId;
import java.util.List;

/** Finds allocations across pools by what they are attached to, each criterion served by an index. */
public interface AllocationSearch {

  /**
   * Every part may be null (no filter on it). {@code interfaceId} and {@code deviceId} match the
   * attachment; {@code address} matches in any pool.
   */
  record Criteria(TenantId lessee, String deviceId, String interfaceId, IpAddress address, AllocationState state,
      AllocationId afterId, int limit) {}

  /** Ordered by id. */
  List<Allocation> find(Criteria criteria);
}
