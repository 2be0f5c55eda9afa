package io.openipam.application.fakes;

import io.openipam.domain.address.IpPrefix;
import io.openipam.domain.allocation.Allocation;
import io.openipam.domain.allocation.AllocationId;
import io.openipam.domain.allocation.AllocationState;
import io.openipam.domain.allocation.Labels;
import io.openipam.domain.pool.Pool;
import java.time.Instant;

/** A bare allocation of a pool's owner, for tests that store one directly. */
public final class AnAllocation {

  private static final Instant WHEN = Instant.parse("2025-01-01T00:00:00Z");

  private AnAllocation() {}

  public static Allocation at(String id, Pool pool, String cidr) {
    return new Allocation(new AllocationId(id), pool.id(), IpPrefix.parse(cidr), pool.owner(), pool.owner(), null,
        null, null, Labels.NONE, null, null, AllocationState.ALLOCATED, null, WHEN, WHEN, 0);
  }
}
